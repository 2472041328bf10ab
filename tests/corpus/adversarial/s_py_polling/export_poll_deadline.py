# SDK: wmill 1.850.0 sleep(seconds) suspends the job and the body replays from the top after it, so a deadline computed from the clock in the body moves on every round
from datetime import datetime, timedelta, timezone

from wmill import sleep, task, workflow

WAREHOUSE = "https://warehouse.example.com/api/v1"


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
    give_up_at = datetime.now(timezone.utc) + timedelta(minutes=max_wait_minutes)  # expect: WAC102
    polls = 0
    while True:
        status = await export_status(export_id)
        polls += 1
        if status["state"] in ("SUCCEEDED", "FAILED"):
            break
        if polls * 60 > max_wait_minutes * 60:
            raise TimeoutError(f"export {export_id} still {status['state']} after {polls} polls")
        await sleep(60)
    if status["state"] == "FAILED":
        raise RuntimeError(status.get("error", "export failed"))
    return {"export_id": export_id, "files": status["files"], "polls": polls, "deadline": give_up_at.isoformat()}
