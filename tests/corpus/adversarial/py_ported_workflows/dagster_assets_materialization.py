# SDK: wmill 1.850.0 client.py workflow(): the body re-runs after every task, so a helper the body calls that writes a file writes it again on every replay (Dagster recorded materializations once per run).
"""Orders / customers assets ported from Dagster; context.log_event(AssetMaterialization) reimplemented as a JSON file."""

import json
import logging
from pathlib import Path

from wmill import task, workflow

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


def record_materialization(asset: str, metadata: dict) -> None:
    MATERIALIZATIONS.mkdir(parents=True, exist_ok=True)
    with open(MATERIALIZATIONS / f"{asset}.json", "w") as fh:
        json.dump(metadata, fh)


@workflow
async def main(day: str):
    orders = await orders_asset(day)
    record_materialization("orders", orders)  # expect: WAC101
    customers = await customers_asset(day, orders["rows"])
    log.info("materialized %s", customers)
    return {"orders": orders, "customers": customers}
