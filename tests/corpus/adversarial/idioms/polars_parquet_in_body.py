# SDK: wmill 1.850.0 client.py: the body re-runs from the top after each suspension; polars `write_parquet(file)` writes the file in the body on every replay.
import polars as pl
from wmill import task, workflow


@task()
async def fetch_events(source: str, day: str) -> list[dict]:
    return [{"source": source, "day": day, "n": 3}]


@task()
async def register_partition(table: str, path: str) -> bool:
    return True


@workflow
async def main(source: str, day: str):
    events = await fetch_events(source, day)
    frame = pl.DataFrame(events).with_columns(pl.col("n").cast(pl.Int64))
    path = f"/lake/events/source={source}/day={day}/part-0.parquet"
    frame.write_parquet(path)  # expect: WAC101
    return await register_partition("events", path)
