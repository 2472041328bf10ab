# SDK: wmill 1.850.0 client.py: the body re-runs from the top after each task; `pl.scan_parquet(...).collect()` reads the files in the body each round.
import polars as pl
from wmill import task, workflow


@task()
async def publish(totals: list[dict]) -> int:
    return len(totals)


@workflow
async def main(lake_path: str = "/lake/orders/*.parquet"):
    totals = (
        pl.scan_parquet(lake_path)  # expect: WAC101
        .group_by("country")
        .agg(pl.col("amount").sum())
        .collect()
        .to_dicts()
    )
    return await publish(totals)
