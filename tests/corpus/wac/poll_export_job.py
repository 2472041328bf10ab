# Start a long data export on a third-party system and poll until it is done,
# sleeping server-side between polls so no worker is held.
from wmill import task, workflow, sleep
import requests


@task()
async def start_export(account_id: str, dataset: str) -> str:
    resp = requests.post(f"https://bi.example/api/accounts/{account_id}/exports", json={"dataset": dataset}, timeout=30)
    resp.raise_for_status()
    return resp.json()["export_id"]


@task()
async def export_status(account_id: str, export_id: str) -> dict:
    return requests.get(f"https://bi.example/api/accounts/{account_id}/exports/{export_id}", timeout=30).json()


@task(timeout=1800)
async def download_export(url: str, destination: str) -> int:
    import wmill

    data = requests.get(url, timeout=600).content
    wmill.write_s3_file(destination, data)
    return len(data)


@workflow
async def main(account_id: str, dataset: str, max_polls: int = 60):
    export_id = await start_export(account_id, dataset)
    status = await export_status(account_id, export_id)
    polls = 1
    while status["state"] not in ("completed", "failed") and polls < max_polls:
        await sleep(300)
        status = await export_status(account_id, export_id)
        polls += 1
    if status["state"] != "completed":
        return {"export_id": export_id, "state": status["state"], "polls": polls}
    size = await download_export(status["download_url"], f"exports/{dataset}/{export_id}.csv")
    return {"export_id": export_id, "bytes": size}
