# SDK: wmill 1.850.0 client.py step(): the lambda's result crosses json.dumps; an ISO string survives unchanged and is parsed back deliberately.
from datetime import datetime, timezone

from wmill import step, task, workflow


@task()
async def open_window(starts: str) -> dict:
    return {"starts": starts}


@workflow
async def main():
    started = await step("started_at", lambda: datetime.now(timezone.utc).isoformat())
    parsed = datetime.fromisoformat(started)
    return await open_window(parsed.isoformat())
