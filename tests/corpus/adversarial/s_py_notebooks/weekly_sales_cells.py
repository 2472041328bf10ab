# SDK: wmill 1.850.0 each round re-runs the script from the top in a new process (_run_workflow_async per round), so a module-level read_csv over HTTP runs on every replay
# Converted from notebooks/weekly_sales.ipynb (one function per cell)
import pandas as pd
from wmill import task, workflow

# %% [parameters]
REGION_FILE = "https://data.example.com/exports/regions.csv"
TOP_N = 10

# %% load lookup table
regions = pd.read_csv(REGION_FILE)  # expect: WAC101
REGION_NAMES = dict(zip(regions["code"], regions["name"]))


# %% extract
@task(timeout=900)
async def extract_orders(week: str) -> list[dict]:
    import sqlalchemy as sa

    engine = sa.create_engine("postgresql+psycopg://analyst@warehouse.internal/sales")
    with engine.connect() as conn:
        df = pd.read_sql(sa.text("SELECT region, sku, qty, amount FROM orders WHERE iso_week = :w"), conn, params={"w": week})
    return df.to_dict(orient="records")


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
    df = pd.DataFrame(rows)
    by_region = df.groupby("region", as_index=False)["amount"].sum().sort_values("amount", ascending=False).head(TOP_N)
    by_region["region_name"] = by_region["region"].map(REGION_NAMES).fillna(by_region["region"])
    table = [{"region": r.region_name, "amount": float(r.amount)} for r in by_region.itertuples()]
    url = await publish_report(week, table)
    return {"week": week, "report": url}
