# SDK: wmill 1.850.0 client.py: the logical date is an input, so the branch on its weekday is the same in every round.
"""Weekly rollup ported from an Airflow DAG; the branch reads the run's logical date."""

import logging
from datetime import date

from wmill import task, workflow

log = logging.getLogger("rollup")


@task()
async def daily_rollup(table: str, ds: str) -> int:
    return 1


@task()
async def weekly_rollup(table: str, ds: str) -> int:
    return 7


@task()
async def publish(table: str, rows: int) -> str:
    return f"{table}:{rows}"


@workflow
async def main(ds: str, table: str = "events"):
    logical = date.fromisoformat(ds)
    daily = await daily_rollup(table, ds)
    rows = await weekly_rollup(table, ds) if logical.weekday() == 0 else daily
    log.info("rollup %s for %s -> %d", table, logical.isoformat(), rows)
    return await publish(table, rows)
