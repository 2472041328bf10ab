# SDK: wmill 1.850.0 gathers the inspections (one round dispatches them all, keys inspect_pack, inspect_pack_2, ... in list order); the walrus then binds each awaited report in the comprehension's condition
"""Lumber pack QC before shipping, ported from a Kubeflow pipeline (`dsl.ParallelFor` + `dsl.Condition`)."""

from __future__ import annotations

import asyncio
import logging
from typing import Annotated

from wmill import task, workflow

log = logging.getLogger("sawmill.qc")

QC_API = "https://qc.mill.example"
MaxRejectPct = Annotated[float, "percent of packs allowed to fail"]


@task(timeout=300, tag="qc")
async def inspect_pack(pack_id: str, strict: bool = False) -> dict | None:
    import requests

    r = requests.post(f"{QC_API}/packs/{pack_id}/inspect", json={"strict": strict}, timeout=240)
    r.raise_for_status()
    body = r.json()
    return body if body["passed"] else None


@task(timeout=120)
async def packs_for_order(order_id: str) -> list[str]:
    import requests

    r = requests.get(f"{QC_API}/orders/{order_id}/packs", timeout=30)
    r.raise_for_status()
    return r.json()["packs"]


@task(timeout=120)
async def book_truck(order_id: str, pack_ids: list[str]) -> str:
    import requests

    r = requests.post(f"{QC_API}/orders/{order_id}/truck", json={"packs": pack_ids}, timeout=30)
    r.raise_for_status()
    return r.json()["booking"]


@task(timeout=120)
async def flag_order(order_id: str, failed: int) -> None:
    import requests

    requests.post(f"{QC_API}/orders/{order_id}/flag", json={"failed": failed}, timeout=30)


@workflow
async def main(order_id: str, strict: bool = False, max_reject_pct: float = 5.0):
    packs = await packs_for_order(order_id)
    reports = await asyncio.gather(*(inspect_pack(p, strict) for p in packs))
    passed = [p for p, r in zip(packs, reports) if (report := r) is not None and not report.get("warnings")]
    failed = len(packs) - len(passed)
    if packs and failed * 100 / len(packs) > max_reject_pct:
        await flag_order(order_id, failed)
        return {"order": order_id, "status": "flagged", "failed": failed}
    booking = await book_truck(order_id, passed)
    log.info("order %s booked %s with %d packs", order_id, booking, len(passed))
    return {"order": order_id, "booking": booking}
