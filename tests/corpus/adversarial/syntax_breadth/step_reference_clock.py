# SDK: wmill 1.850.0 client.py `_run_inline_step` calls `fn()` and checkpoints `json.dumps(result, default=str)`: `datetime.now` passed by reference returns a datetime, which comes back as `str(dt)` (not ISO 8601), so `fromisoformat` on a replay sees another format than `.isoformat()` would give.
from datetime import datetime

from wmill import sleep, step, task, workflow


@task()
async def open_window(change_id: str) -> bool:
    return True


@task()
async def close_window(change_id: str, opened_at: str) -> bool:
    return True


@workflow
async def main(change_id: str, minutes: int = 30):
    opened_at = await step("opened_at", datetime.now)  # expect: WAC107
    await open_window(change_id)
    await sleep(minutes * 60)
    return await close_window(change_id, str(opened_at))
