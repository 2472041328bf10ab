# SDK: wmill 1.850.0 the task returns `to_dict(orient="index")` of the pivot (nested dicts of floats: JSON); the body reads it by key
"""Next-week sales forecast per store, ported from an Airflow TaskFlow DAG; the frame stays inside the task."""

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
async def forecast_by_store(history: dict[str, list[dict]], growth: float) -> dict[str, dict[str, float]]:
    frames = []
    for store, rows in history.items():
        df = pd.DataFrame(rows)
        df["store"] = store
        frames.append(df)
    merged = pd.concat(frames, ignore_index=True)
    merged["qty"] = merged["qty"] * (1 + growth)
    pivot = merged.pivot_table(index="store", columns="product", values="qty", aggfunc="sum").round()
    return pivot.fillna(0).astype(float).to_dict(orient="index")


@task(timeout=300)
async def push_forecast(store: str, quantities: dict) -> None:
    import requests

    requests.put(f"https://erp.crumb.example/api/stores/{store}/forecast", json=quantities, timeout=60).raise_for_status()


@workflow
async def main(stores: list[str], week: str, growth: float = 0.02):
    history = {}
    for store in stores:
        history[store] = await load_week(store, week)
    forecast = await forecast_by_store(history, growth)
    for store in stores:
        await push_forecast(store, forecast.get(store, {}))
    log.info("forecast pushed for %d stores", len(stores))
    return {"week": week, "stores": len(stores)}
