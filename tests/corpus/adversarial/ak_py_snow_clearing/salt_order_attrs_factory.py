# SDK: wmill 1.850.0 replays the body each round; an attrs class built in the body runs its `field(factory=...)` defaults there, so the order's `placed_at` timestamp and `ref` uuid differ in every round, and the task of the file (called with the objects the replay computed, `_execute_directly`) gets other values than the parent recorded
"""Order road salt when depot stock runs low, with the order modelled as an attrs class."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import attrs
import httpx

from wmill import task, workflow

SUPPLIER_API = "https://salt-supplier.example/api"


@attrs.define
class SaltOrder:
    depot: str
    tonnes: int
    placed_at: str = attrs.field(factory=lambda: datetime.now(UTC).isoformat())
    ref: str = attrs.field(factory=lambda: uuid.uuid4().hex)

    def payload(self) -> dict:
        return attrs.asdict(self)


@task(timeout=300)
async def read_stock(depot: str) -> int:
    async with httpx.AsyncClient() as client:
        r = await client.get(f"https://depots.city.example/{depot}/salt")
        r.raise_for_status()
        return int(r.json()["tonnes"])


@task(timeout=600)
async def place_order(order: dict) -> dict:
    async with httpx.AsyncClient(base_url=SUPPLIER_API) as client:
        r = await client.post("/orders", json=order, headers={"Idempotency-Key": order["ref"]})
        r.raise_for_status()
        return r.json()


@workflow
async def main(depot: str, min_tonnes: int = 40, batch_tonnes: int = 120):
    stock = await read_stock(depot)
    if stock >= min_tonnes:
        return {"depot": depot, "stock": stock, "ordered": False}
    order = SaltOrder(depot=depot, tonnes=batch_tonnes)  # expect: WAC102
    confirmation = await place_order(order.payload())
    return {"depot": depot, "stock": stock, "ordered": True, "ref": order.ref, "confirmation": confirmation}
