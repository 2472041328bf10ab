# SDK: wmill 1.850.0 the task converts its Decimal total to a float before returning (a JSON number); the approval URLs are read inside a step
"""Weekly flour order for the central bakery, ported from an Airflow TaskFlow DAG (`@task` returning the total)."""

from __future__ import annotations

import logging
from decimal import Decimal

from wmill import task, workflow, wait_for_approval, step, get_resume_urls

log = logging.getLogger("bakery.flour")

MILL = "https://orders.millco.example"


@task(timeout=300)
async def recipe_lines(week: str) -> list[dict]:
    import requests

    r = requests.get("https://erp.crumb.example/api/production", params={"week": week}, timeout=120)
    r.raise_for_status()
    return r.json()["lines"]


@task(timeout=120)
async def flour_needed(lines: list[dict]) -> float:
    per_line = (Decimal(str(l["flour_kg_per_unit"])) * l["units"] for l in lines)
    return float(sum(per_line, Decimal(0)))


@task(timeout=120)
async def flour_stock() -> float:
    import requests

    r = requests.get("https://erp.crumb.example/api/stock/flour", timeout=60)
    r.raise_for_status()
    return float(r.json()["kg"])


@task(timeout=300)
async def place_order(kg: float, week: str) -> dict:
    import requests

    r = requests.post(f"{MILL}/orders", json={"kg": kg, "week": week}, timeout=60)
    r.raise_for_status()
    return r.json()


@workflow
async def main(week: str, buffer_pct: float = 10.0):
    lines = await recipe_lines(week)
    needed_kg = await flour_needed(lines)
    stock_kg = await flour_stock()
    if needed_kg > stock_kg:
        shortfall = needed_kg - stock_kg
        order_kg = round(shortfall * (1 + buffer_pct / 100), 1)
        urls = await step("urls", lambda: get_resume_urls())
        log.info("approve flour order of %.1f kg: %s", order_kg, urls["approvalPage"])
        decision = await wait_for_approval(timeout=86400, key="flour_order")
        if not decision.get("approved"):
            return {"week": week, "status": "rejected"}
        order = await place_order(order_kg, week)
        return {"week": week, "ordered_kg": order_kg, "order": order["id"]}
    return {"week": week, "status": "stock_ok"}
