# SDK: wmill 1.850.0 `set_state` / `get_state` are HTTP calls to Windmill's API (`Windmill.set_state` puts the resource, `get_state` reads it): in the body they run again on every replay
"""Daily bake plan for the chain's stores, ported from an Airflow TaskFlow DAG that passed values through XCom."""

from __future__ import annotations

import logging

import wmill
from wmill import task, workflow

log = logging.getLogger("bakery.daily")

ERP = "https://erp.crumb.example/api"


def xcom_push(key: str, value) -> None:
    state = wmill.get_state() or {}
    state[key] = value
    wmill.set_state(state)


def xcom_pull(key: str, default=None):
    return (wmill.get_state() or {}).get(key, default)


@task(timeout=300)
async def extract_orders(bake_date: str) -> list[dict]:
    import requests

    r = requests.get(f"{ERP}/orders", params={"date": bake_date}, timeout=120)
    r.raise_for_status()
    return r.json()["orders"]


@task(timeout=300)
async def plan_batches(orders: list[dict], oven_capacity: int) -> list[dict]:
    batches, current, load = [], [], 0
    for o in sorted(orders, key=lambda o: (o["product"], o["store"])):
        if load + o["qty"] > oven_capacity and current:
            batches.append({"items": current, "load": load})
            current, load = [], 0
        current.append(o)
        load += o["qty"]
    if current:
        batches.append({"items": current, "load": load})
    return batches


@task(timeout=300)
async def publish_plan(bake_date: str, batches: list[dict], previous_total: int) -> dict:
    import requests

    r = requests.post(f"{ERP}/plans", json={"date": bake_date, "batches": batches, "previous": previous_total}, timeout=60)
    r.raise_for_status()
    return r.json()


@workflow
async def main(bake_date: str, oven_capacity: int = 240):
    previous_total = xcom_pull("last_total", 0)  # expect: WAC101
    orders = await extract_orders(bake_date)
    batches = await plan_batches(orders, oven_capacity)
    total = sum(b["load"] for b in batches)
    xcom_push("last_total", total)  # expect: WAC101
    plan = await publish_plan(bake_date, batches, previous_total)
    log.info("plan %s: %d batches, %d items", plan["id"], len(batches), total)
    return {"plan": plan["id"], "batches": len(batches), "items": total}
