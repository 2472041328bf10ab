# SDK: wmill 1.850.0 client.py a task's result crosses json.dumps(default=str): a polars DataFrame becomes its printed table, not rows.
import polars as pl
from wmill import task, workflow


@task()
async def load_events(day: str):
    frame = pl.DataFrame({"user": ["a", "b"], "n": [1, 2]})
    return frame  # expect: WAC107


@task()
async def store(day: str, total: int) -> bool:
    return True


@workflow
async def main(day: str):
    events = await load_events(day)
    return await store(day, len(events))
