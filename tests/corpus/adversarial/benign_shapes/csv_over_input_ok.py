# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `csv.DictReader` over an `io.StringIO` of an input reads memory only.
import csv
import io

from wmill import task, workflow


@task()
async def import_rows(rows: list[dict]) -> int:
    return len(rows)


@workflow
async def main(csv_text: str):
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    return await import_rows(rows)
