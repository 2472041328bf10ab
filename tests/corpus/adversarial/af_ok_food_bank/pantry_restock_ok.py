# SDK: wmill 1.850.0 a workflow whose body is data shaping only: itertools.groupby over a sorted list, functools.reduce and comprehensions of task results; parallel() dispatches one task per warehouse in input order
import functools
import itertools
import operator

import httpx
from wmill import parallel, task, workflow

INVENTORY_API = "https://inventory.foodbank.example/v1"
PAR_LEVELS = {"canned": 400, "dry": 300, "produce": 120, "dairy": 80}


@task(timeout=300)
async def load_stock(warehouse: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=INVENTORY_API, timeout=30) as client:
        resp = await client.get(f"/warehouses/{warehouse}/stock")
        resp.raise_for_status()
        return resp.json()["lines"]


@task()
async def place_orders(orders: list[dict]) -> dict:
    async with httpx.AsyncClient(base_url=INVENTORY_API, timeout=30) as client:
        resp = await client.post("/purchase-orders/bulk", json={"orders": orders})
        resp.raise_for_status()
        return resp.json()


def shortfall(category: str, on_hand: int) -> int:
    return max(PAR_LEVELS.get(category, 0) - on_hand, 0)


@workflow
async def main(warehouses: list[str], min_order: int = 20):
    per_site = await parallel(warehouses, load_stock, concurrency=4)

    lines = sorted(
        (line for site in per_site for line in site),
        key=operator.itemgetter("category"),
    )
    totals = {
        category: functools.reduce(lambda acc, ln: acc + ln["qty"], group, 0)
        for category, group in itertools.groupby(lines, key=operator.itemgetter("category"))
    }
    orders = [
        {"category": c, "qty": need}
        for c, have in sorted(totals.items())
        if (need := shortfall(c, have)) >= min_order
    ]
    if not orders:
        return {"totals": totals, "ordered": []}

    confirmation = await place_orders(orders)
    return {"totals": totals, "ordered": orders, "po": confirmation.get("po_number")}
