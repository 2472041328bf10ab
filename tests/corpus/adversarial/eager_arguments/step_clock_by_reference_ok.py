# SDK: wmill 1.850.0 client.py step(name, fn) calls fn itself; a function object passed by reference (time.time, a local def) runs only inside the step, never in a replay.
import time
from datetime import datetime, timezone

from wmill import step, task, workflow


def utc_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


@task()
async def open_window(started_at: str, epoch: float, minutes: int) -> dict:
    return {"started_at": started_at, "until": epoch + minutes * 60}


@workflow
async def main(minutes: int = 30):
    started = await step("started_at", utc_iso)
    epoch = await step("epoch", time.time)
    return await open_window(started, epoch, minutes)
