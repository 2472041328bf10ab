# SDK: wmill 1.850.0 client.py: step() is `async def`; without await it returns a coroutine that never runs, and the task receives a coroutine object instead of the timestamp.
import time

from wmill import step, task, workflow


@task()
async def record_run(started_at: float, rows: int) -> None:
    return None


@workflow
async def main(rows: int):
    started = step("started_at", lambda: time.time())  # expect: WAC106
    await record_run(started, rows)
    return {"rows": rows}
