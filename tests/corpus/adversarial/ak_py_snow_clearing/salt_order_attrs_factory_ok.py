# SDK: wmill 1.850.0 `step()` checkpoints the timestamp and reference once (`_run_inline_step`); the attrs class's only factory is `list`, so building it in the body gives the same object in every round
"""Order road salt, with the order's stamp and reference drawn in a step."""

from __future__ import annotations

import uuid
from datetime import UTC, datetime

import attrs
import httpx

from wmill import step, task, workflow

SUPPLIER_API = "https://salt-supplier.example/api"


@attrs.define
class SaltOrder:
    depot: str
    tonnes: int
    placed_at: str
    ref: str
    notes: list[str] = attrs.field(factory=list)

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
    stamp = await step("order_stamp", lambda: {"at": datetime.now(UTC).isoformat(), "ref": uuid.uuid4().hex})
    order = SaltOrder(depot=depot, tonnes=batch_tonnes, placed_at=stamp["at"], ref=stamp["ref"])
    order.notes.append(f"stock {stock}t below {min_tonnes}t")
    confirmation = await place_order(order.payload())
    return {"depot": depot, "ordered": True, "ref": order.ref, "confirmation": confirmation}
