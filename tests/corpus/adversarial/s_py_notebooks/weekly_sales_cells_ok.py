# SDK: wmill 1.850.0 module code re-runs every round; a lookup read inside a task runs once in the child job, and pandas work on task results in the body is pure
# Converted from notebooks/weekly_sales.ipynb (one function per cell)
import io

import pandas as pd
from wmill import task, workflow

# %% [parameters]
REGION_FILE = "https://data.example.com/exports/regions.csv"
TOP_N = 10


# %% extract
@task(timeout=900)
async def extract_orders(week: str) -> list[dict]:
    import sqlalchemy as sa

    engine = sa.create_engine("postgresql+psycopg://analyst@warehouse.internal/sales")
    with engine.connect() as conn:
        df = pd.read_sql(sa.text("SELECT region, sku, qty, amount FROM orders WHERE iso_week = :w"), conn, params={"w": week})
    return df.to_dict(orient="records")


@task()
async def region_lookup_csv() -> str:
    import requests

    resp = requests.get(REGION_FILE, timeout=30)
    resp.raise_for_status()
    return resp.text


# %% publish
@task()
async def publish_report(week: str, rows: list[dict]) -> str:
    import requests

    resp = requests.post("https://reports.example.com/api/weekly", json={"week": week, "rows": rows}, timeout=30)
    resp.raise_for_status()
    return resp.json()["url"]


@workflow
async def main(week: str):
    rows = await extract_orders(week)
    regions = pd.read_csv(io.StringIO(await region_lookup_csv()))
    region_names = dict(zip(regions["code"], regions["name"]))
    df = pd.DataFrame(rows)
    by_region = df.groupby("region", as_index=False)["amount"].sum().sort_values("amount", ascending=False).head(TOP_N)
    by_region["region_name"] = by_region["region"].map(region_names).fillna(by_region["region"])
    table = [{"region": r.region_name, "amount": float(r.amount)} for r in by_region.itertuples()]
    url = await publish_report(week, table)
    return {"week": week, "report": url}
