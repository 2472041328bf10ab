# SDK: wmill 1.850.0 client.py: task arguments are JSON-encoded; a parquet payload written to an `io.BytesIO` (memory, no file) and base64-encoded to a str crosses fine.
import base64
import io

import polars as pl
from wmill import task, workflow


@task()
async def fetch_events(source: str, day: str) -> list[dict]:
    return [{"source": source, "day": day, "n": 3}]


@task()
async def put_object(key: str, body_b64: str) -> str:
    return f"s3://lake/{key}"


@workflow
async def main(source: str, day: str):
    events = await fetch_events(source, day)
    buf = io.BytesIO()
    pl.DataFrame(events).write_parquet(buf)
    payload = base64.b64encode(buf.getvalue()).decode("ascii")
    return await put_object(f"events/{source}/{day}.parquet", payload)
