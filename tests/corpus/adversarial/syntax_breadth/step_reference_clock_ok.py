# SDK: wmill 1.850.0 client.py `_run_inline_step` checkpoints the JSON of what `fn()` returns: `time.time` returns a float, which JSON carries unchanged, and a local function returning an ISO string is fine too.
import time
from datetime import datetime, timezone

from wmill import sleep, step, task, workflow


def utc_iso() -> str:
    return datetime.now(timezone.utc).isoformat()


@task()
async def open_window(change_id: str) -> bool:
    return True


@task()
async def close_window(change_id: str, opened_at: str, opened_ts: float) -> bool:
    return True


@workflow
async def main(change_id: str, minutes: int = 30):
    opened_ts = await step("opened_ts", time.time)
    opened_at = await step("opened_at", utc_iso)
    await open_window(change_id)
    await sleep(minutes * 60)
    return await close_window(change_id, opened_at, opened_ts)
