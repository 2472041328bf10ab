# SDK: wmill 1.850.0 a task's result is encoded with `default=str`: a pandas DataFrame (a `pivot_table` of the concatenated frames) comes back as its printed text, so `forecast.loc[...]` in the body fails
"""Next-week sales forecast per store, ported from an Airflow TaskFlow DAG (`@task` returning a DataFrame through XCom pickling)."""

from __future__ import annotations

import logging

import pandas as pd

from wmill import task, workflow

log = logging.getLogger("bakery.forecast")

WAREHOUSE = "postgresql://analytics.crumb.example/sales"


@task(timeout=900)
async def load_week(store: str, week: str) -> list[dict]:
    import sqlalchemy as sa

    engine = sa.create_engine(WAREHOUSE)
    with engine.connect() as conn:
        rows = conn.execute(sa.text("select product, qty from sales where store = :s and week = :w"), {"s": store, "w": week})
        return [dict(r._mapping) for r in rows]


@task(timeout=900)
async def forecast_frame(history: dict[str, list[dict]], growth: float):
    frames = []
    for store, rows in history.items():
        df = pd.DataFrame(rows)
        df["store"] = store
        frames.append(df)
    merged = pd.concat(frames, ignore_index=True)
    merged["qty"] = merged["qty"] * (1 + growth)
    return merged.pivot_table(index="store", columns="product", values="qty", aggfunc="sum").round()  # expect: WAC107


@task(timeout=300)
async def push_forecast(store: str, quantities: dict) -> None:
    import requests

    requests.put(f"https://erp.crumb.example/api/stores/{store}/forecast", json=quantities, timeout=60).raise_for_status()


@workflow
async def main(stores: list[str], week: str, growth: float = 0.02):
    history = {}
    for store in stores:
        history[store] = await load_week(store, week)
    forecast = await forecast_frame(history, growth)
    for store in stores:
        await push_forecast(store, forecast.loc[store].to_dict())
    log.info("forecast pushed for %d stores", len(stores))
    return {"week": week, "stores": len(stores)}
