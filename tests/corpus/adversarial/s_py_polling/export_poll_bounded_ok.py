# SDK: wmill 1.850.0 repeated calls of one task get keys export_status, export_status_2, ... and sleep() keys sleep, sleep_2, ...: a loop bounded by a count replays the same keys
from wmill import sleep, task, workflow

WAREHOUSE = "https://warehouse.example.com/api/v1"
POLL_SECONDS = 60


@task()
async def start_export(table: str, fmt: str) -> str:
    import requests

    resp = requests.post(f"{WAREHOUSE}/exports", json={"table": table, "format": fmt}, timeout=30)
    resp.raise_for_status()
    return resp.json()["export_id"]


@task()
async def export_status(export_id: str) -> dict:
    import requests

    resp = requests.get(f"{WAREHOUSE}/exports/{export_id}", timeout=30)
    resp.raise_for_status()
    return resp.json()


@workflow
async def main(table: str, fmt: str = "parquet", max_wait_minutes: int = 90):
    export_id = await start_export(table, fmt)
    max_polls = max(1, max_wait_minutes * 60 // POLL_SECONDS)
    status: dict = {}
    for attempt in range(max_polls):
        status = await export_status(export_id)
        if status["state"] in ("SUCCEEDED", "FAILED"):
            break
        print(f"export {export_id}: {status['state']} (poll {attempt + 1}/{max_polls})")
        await sleep(POLL_SECONDS)
    else:
        raise TimeoutError(f"export {export_id} still {status.get('state')} after {max_polls} polls")
    if status["state"] == "FAILED":
        raise RuntimeError(status.get("error", "export failed"))
    return {"export_id": export_id, "files": status["files"]}
