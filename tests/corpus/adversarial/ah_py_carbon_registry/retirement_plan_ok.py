# SDK: wmill 1.850.0 a task's result crosses JSON with default=str: a list of plain dicts comes back as it was sent
"""Plan which credit lots retire an order, ported from a Prefect 3 flow."""

from __future__ import annotations

import logging
from typing import Iterable, Iterator

from wmill import task, workflow

log = logging.getLogger("registry.plan")

LEDGER = "https://ledger.carbon.example"


def _lot_key(lot: dict) -> tuple[int, str]:
    return (lot["vintage"], lot["id"])


def _normalise(lot: dict) -> dict:
    return {"id": lot["id"].upper(), "vintage": int(lot["vintage"]), "tonnes": float(lot["tonnes"])}


@task(timeout=120)
async def candidate_lots(portfolio: str, vintage_from: int) -> list[dict]:
    import httpx

    r = httpx.get(f"{LEDGER}/portfolios/{portfolio}/lots", params={"vintage_gte": vintage_from})
    r.raise_for_status()
    return list(map(_normalise, sorted(r.json()["lots"], key=_lot_key)))


@task(timeout=300)
async def retire_lot(lot_id: str, tonnes: float, order_id: str) -> dict:
    import httpx

    r = httpx.post(f"{LEDGER}/lots/{lot_id}/retire", json={"tonnes": tonnes, "order": order_id})
    r.raise_for_status()
    return r.json()


def take(lots: Iterable[dict], needed: float) -> Iterator[tuple[dict, float]]:
    remaining = needed
    for lot in lots:
        if remaining <= 0:
            return
        use = min(lot["tonnes"], remaining)
        remaining -= use
        yield lot, use


@workflow
async def main(order_id: str, portfolio: str, tonnes: float, vintage_from: int = 2019):
    lots = await candidate_lots(portfolio, vintage_from)
    receipts = []
    for lot, use in take(lots, tonnes):
        receipts.append(await retire_lot(lot["id"], use, order_id))
    log.info("order %s retired across %d lots", order_id, len(receipts))
    return {"order": order_id, "receipts": receipts}
