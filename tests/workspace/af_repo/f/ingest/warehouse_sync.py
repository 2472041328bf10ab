"""Copy the day's staging tables into the analytics schema and compare counts."""

import f.lib.warehouse as wh
from f.lib.tasks import compute_rollup
from wmill import task, workflow

TABLES = ["pageviews_news", "pageviews_sport", "ad_revenue"]


@task(timeout=900)
async def copy_table(dataset: str, day: str) -> int:
    staging = wh.Warehouse(wh.DSN, schema="staging")
    src = staging.table_name(dataset, day)
    dst = wh.warehouse.table_name(dataset, day)
    wh.run_query(f"insert into {dst} select * from {src}")
    return wh.warehouse.row_count(dst)


@workflow
async def main(day: str):
    staging = wh.Warehouse(wh.DSN, schema="staging")
    copied = {}
    mismatched = []
    for dataset in TABLES:
        copied[dataset] = await copy_table(dataset, day)
        expected = staging.row_count(staging.table_name(dataset, day))  # expect: WAC101
        if expected != copied[dataset]:
            mismatched.append(dataset)
    for dataset in TABLES:
        if dataset not in mismatched:
            await compute_rollup(dataset, day)
    return {"day": day, "copied": copied, "mismatched": mismatched}
