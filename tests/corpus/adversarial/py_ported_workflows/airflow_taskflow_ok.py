# SDK: wmill 1.850.0 client.py: a task's return value is its checkpointed result (Airflow's XCom), the logical date comes in as an input, and task arguments are bound by name (_merge_args).
"""Daily events rollup ported from an Airflow TaskFlow DAG (extract >> transform >> load)."""

import logging
from datetime import date, timedelta

from wmill import task, workflow

log = logging.getLogger(__name__)

BUCKET = "analytics-raw"
DEFAULT_TABLE = "events_daily"


@task(timeout=1200)
async def extract(ds: str) -> list[str]:
    import boto3

    s3 = boto3.client("s3")
    prefix = f"events/{ds.replace('-', '/')}/"
    pages = s3.get_paginator("list_objects_v2").paginate(Bucket=BUCKET, Prefix=prefix)
    return sorted(obj["Key"] for page in pages for obj in page.get("Contents", []))


@task()
async def transform(keys: list[str], ds: str) -> dict:
    import boto3

    s3 = boto3.client("s3")
    counts: dict[str, int] = {}
    for key in keys:
        body = s3.get_object(Bucket=BUCKET, Key=key)["Body"].read().decode()
        for line in body.splitlines():
            kind = line.split(",", 1)[0]
            counts[kind] = counts.get(kind, 0) + 1
    return {"ds": ds, "counts": counts}


@task()
async def load(rollup: dict, table: str) -> int:
    import psycopg

    with psycopg.connect() as conn:
        for kind, n in rollup["counts"].items():
            conn.execute(f"insert into {table} (ds, kind, n) values (%s, %s, %s)", (rollup["ds"], kind, n))
    return len(rollup["counts"])


def previous_ds(ds: str) -> str:
    # Airflow's {{ prev_ds }} from the logical date, no clock involved.
    return (date.fromisoformat(ds) - timedelta(days=1)).isoformat()


@workflow
async def main(ds: str, table: str = DEFAULT_TABLE, backfill_previous: bool = False):
    days = [previous_ds(ds), ds] if backfill_previous else [ds]
    loaded = {}
    for day in days:
        keys = await extract(day)
        if not keys:
            log.info("no files for %s", day)
            loaded[day] = 0
            continue
        rollup = await transform(keys, day)
        loaded[day] = await load(rollup, table)
    return {"table": table, "loaded": loaded}
