# SDK: wmill 1.850.0 re-runs the body in every round; the audit file opened with `with open(..., "a")` around the task calls is appended to again in each round, on the worker that runs that round, so lines repeat and land on different machines
"""Night-market payouts: settle each vendor's card takings, then pay out (a Celery chord, `group(...) | payout.s()`)."""

from __future__ import annotations

import asyncio
import json
import logging
from decimal import Decimal

from wmill import task, workflow

log = logging.getLogger("festival.payouts")

PAY = "https://payments.festival.example"
AUDIT_LOG = "/var/log/festival/payouts.jsonl"


@task(timeout=300, tag="payments")
async def settle_vendor(vendor_id: str, night: str) -> dict:
    import httpx

    r = httpx.post(f"{PAY}/settlements", json={"vendor": vendor_id, "night": night})
    r.raise_for_status()
    body = r.json()
    return {"vendor": vendor_id, "gross": str(Decimal(body["gross"])), "fees": str(Decimal(body["fees"]))}


@task(timeout=600, tag="payments")
async def payout(settlements: list[dict], night: str) -> dict:
    import httpx

    net = {s["vendor"]: str(Decimal(s["gross"]) - Decimal(s["fees"])) for s in settlements}
    r = httpx.post(f"{PAY}/payouts", json={"night": night, "net": net})
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def vendors_trading(night: str) -> list[str]:
    import httpx

    r = httpx.get(f"{PAY}/nights/{night}/vendors")
    r.raise_for_status()
    return r.json()


@workflow
async def main(night: str):
    vendors = await vendors_trading(night)
    with open(AUDIT_LOG, "a") as audit:  # expect: WAC101
        settlements = await asyncio.gather(*(settle_vendor(v, night) for v in vendors))
        audit.write(json.dumps({"night": night, "settled": len(settlements)}) + "\n")
        result = await payout(list(settlements), night)
    log.info("night %s paid out batch %s", night, result.get("batch"))
    return {"night": night, "vendors": len(vendors), "batch": result.get("batch")}
