# SDK: wmill 1.850.0 client.py step(name, fn) checkpoints fn's result; `datetime.now(timezone.utc).isoformat` reads the clock in the body while building the argument, so each round has its own time (the checkpoint keeps the first).
from datetime import datetime, timezone

from wmill import step, task, workflow


@task()
async def open_window(started_at: str, minutes: int) -> dict:
    return {"started_at": started_at, "minutes": minutes}


@workflow
async def main(minutes: int = 30):
    started = await step("started_at", datetime.now(timezone.utc).isoformat)  # expect: WAC102
    deadline_hint = datetime.now(timezone.utc).timestamp() + minutes * 60  # expect: WAC102
    return await open_window(started, int(deadline_hint))
