# SDK: wmill 1.850.0 client.py get_resource() GETs resources/get_value_interpolated and set_resource() POSTs/updates it: in the body both run again on every replay
"""BaseSpace run download with a refreshed OAuth token, ported from a cron
script that kept the token in a Windmill resource."""

import wmill
from wmill import task, workflow


@task()
async def refresh_token(client_id: str, refresh: str) -> dict:
    import httpx

    r = httpx.post(
        "https://api.basespace.example/v2/oauthv2/token",
        data={"grant_type": "refresh_token", "client_id": client_id, "refresh_token": refresh},
    )
    r.raise_for_status()
    return r.json()


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
    creds = wmill.get_resource("f/genomics/basespace")  # expect: WAC101
    tok = await refresh_token(creds["client_id"], creds["refresh_token"])
    wmill.set_resource("f/genomics/basespace", {**creds, "refresh_token": tok["refresh_token"]})  # expect: WAC101
    got = await download_run(run_id, tok["access_token"], f"{dest_dir}/{run_id}.tar")
    return {"run": run_id, "path": got["path"]}
