# SDK: wmill 1.850.0 client.py _execute_directly(): a child job re-runs the body up to its task, so a value read from the worker's environment in the body can differ between the parent round and the child that runs the task.
"""Warehouse load ported from Dagster; the op config's EnvVar read in the workflow body."""

import logging
import os

from wmill import task, workflow

log = logging.getLogger("warehouse")


@task()
async def load_table(table: str, schema: str) -> int:
    import psycopg

    with psycopg.connect() as conn:
        return conn.execute(f"select count(*) from {schema}.{table}").fetchone()[0]


@workflow
async def main(tables: list[str]):
    schema = os.getenv("WAREHOUSE_SCHEMA", "analytics")  # expect: WAC102
    counts = {}
    for table in tables:
        counts[table] = await load_table(table, schema)
    log.info("loaded %s", counts)
    return counts
