# SDK: wmill 1.850.0 client.py workflow(): the body re-runs after each task, so a branch on date.today().weekday() can take the other arm on a replay that lands after midnight (Airflow's BranchPythonOperator read the logical date).
"""Weekly rollup ported from an Airflow DAG with a BranchPythonOperator on the day of the week."""

import logging
from datetime import date

from wmill import task, workflow

log = logging.getLogger("rollup")


@task()
async def daily_rollup(table: str) -> int:
    return 1


@task()
async def weekly_rollup(table: str) -> int:
    return 7


@task()
async def publish(table: str, rows: int) -> str:
    return f"{table}:{rows}"


@workflow
async def main(table: str = "events"):
    daily = await daily_rollup(table)
    if date.today().weekday() == 0:  # expect: WAC102
        rows = await weekly_rollup(table)
    else:
        rows = daily
    log.info("rollup %s -> %d", table, rows)
    return await publish(table, rows)
