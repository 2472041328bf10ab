# SDK: wmill 1.850.0 client.py load_s3_file() returns bytes; here it runs in step() and the step returns the decoded text (JSON-safe).
import csv
import io

import wmill
from wmill import parallel, step, task, workflow


@task()
async def import_row(row: dict) -> str:
    return row["id"]


@workflow
async def main(key: str):
    text = await step("csv_text", lambda: wmill.load_s3_file(f"s3:///{key}").decode())
    rows = list(csv.DictReader(io.StringIO(text)))
    return await parallel(rows, import_row, concurrency=4)
