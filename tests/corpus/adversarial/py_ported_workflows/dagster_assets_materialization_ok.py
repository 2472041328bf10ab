# SDK: wmill 1.850.0 client.py step(): fn runs once and its result is checkpointed; on replay the cached value is returned without running fn, so the file is written once.
"""Orders / customers assets ported from Dagster; materializations recorded inside step()."""

import json
import logging
from pathlib import Path

from wmill import step, task, workflow

log = logging.getLogger("assets")

MATERIALIZATIONS = Path("/tmp/materializations")


@task()
async def orders_asset(day: str) -> dict:
    import duckdb

    con = duckdb.connect("/data/warehouse.duckdb")
    n = con.execute("select count(*) from orders where day = ?", [day]).fetchone()[0]
    return {"asset": "orders", "rows": n}


@task()
async def customers_asset(day: str, orders_rows: int) -> dict:
    import duckdb

    con = duckdb.connect("/data/warehouse.duckdb")
    n = con.execute("select count(distinct customer_id) from orders where day = ?", [day]).fetchone()[0]
    return {"asset": "customers", "rows": n, "upstream_rows": orders_rows}


def record_materialization(asset: str, metadata: dict) -> str:
    MATERIALIZATIONS.mkdir(parents=True, exist_ok=True)
    target = MATERIALIZATIONS / f"{asset}.json"
    with open(target, "w") as fh:
        json.dump(metadata, fh)
    return str(target)


@workflow
async def main(day: str):
    orders = await orders_asset(day)
    await step("record_orders", lambda: record_materialization("orders", orders))
    customers = await customers_asset(day, orders["rows"])
    await step("record_customers", lambda: record_materialization("customers", customers))
    log.info("materialized %s", customers)
    return {"orders": orders, "customers": customers}
