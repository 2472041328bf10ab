# SDK: wmill 1.850.0 client.py get_resource()/set_resource() are API calls: inside the task they run once in its child job; only the token crosses the checkpoint
"""BaseSpace run download with the token refreshed and stored in one task."""

import wmill
from wmill import task, workflow


@task()
async def refresh_token() -> str:
    import httpx

    creds = wmill.get_resource("f/genomics/basespace")
    r = httpx.post(
        "https://api.basespace.example/v2/oauthv2/token",
        data={"grant_type": "refresh_token", "client_id": creds["client_id"], "refresh_token": creds["refresh_token"]},
    )
    r.raise_for_status()
    tok = r.json()
    wmill.set_resource("f/genomics/basespace", {**creds, "refresh_token": tok["refresh_token"]})
    return tok["access_token"]


@task(timeout=7200)
async def download_run(run_id: str, access_token: str, dest: str) -> dict:
    import httpx

    with httpx.stream("GET", f"https://api.basespace.example/v2/runs/{run_id}/files", headers={"Authorization": f"Bearer {access_token}"}) as r:
        r.raise_for_status()
        with open(dest, "wb") as fh:
            for chunk in r.iter_bytes():
                fh.write(chunk)
    return {"run": run_id, "path": dest}


@workflow
async def main(run_id: str, dest_dir: str = "/data/runs"):
    access = await refresh_token()
    got = await download_run(run_id, access, f"{dest_dir}/{run_id}.tar")
    return {"run": run_id, "path": got["path"]}
