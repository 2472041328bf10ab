# SDK: wmill 1.850.0 client.py: `main`'s default is `None`, the same every round; the missing day is read from the clock inside `step`, which checkpoints it.
from datetime import date

from wmill import step, task, workflow


@task()
async def extract(day: str) -> int:
    return len(day)


@task()
async def load(day: str, rows: int) -> str:
    return f"{day}:{rows}"


@workflow
async def main(day: str | None = None):
    if day is None:
        day = await step("today", lambda: date.today().isoformat())
    rows = await extract(day)
    return await load(day, rows)
