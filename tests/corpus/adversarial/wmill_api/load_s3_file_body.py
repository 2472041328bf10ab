# SDK: wmill 1.850.0 client.py load_s3_file() downloads the object over HTTP in the body; the file may change between replays and is fetched each time.
import csv
import io

import wmill
from wmill import parallel, task, workflow


@task()
async def import_row(row: dict) -> str:
    return row["id"]


@workflow
async def main(key: str):
    raw = wmill.load_s3_file(f"s3:///{key}")  # expect: WAC101
    rows = list(csv.DictReader(io.StringIO(raw.decode())))
    return await parallel(rows, import_row, concurrency=4)
