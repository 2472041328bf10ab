# SDK: wmill 1.850.0 client.py a task's result crosses JSON; polars to_dicts() gives a list of plain dicts that survives it.
import polars as pl
from wmill import task, workflow


@task()
async def load_events(day: str) -> list:
    frame = pl.DataFrame({"user": ["a", "b"], "n": [1, 2]})
    return frame.to_dicts()


@task()
async def store(day: str, total: int) -> bool:
    return True


@workflow
async def main(day: str):
    events = await load_events(day)
    return await store(day, sum(e["n"] for e in events))
