# SDK: wmill 1.850.0: parallel(items, fn, concurrency=n) gathers fn(item) in batches in list order; sleep(seconds) suspends; step() JSON round-trips its value; random.Random(str) seeds through sha512 (CPython), the same in every process
"""Monthly floor-plan audit: the lender wants a physical check of a sample of the
financed units on each lot. The sample is drawn from a generator seeded by the audit
period, so a replay draws the same units, and each lot's checks run as tasks."""

from __future__ import annotations

import hashlib
import random
from collections import defaultdict
from datetime import date, timedelta

import httpx
import wmill
from wmill import parallel, sleep, step, task, workflow

LENDER_API = "https://floorplan.example-bank.com/api"
SAMPLE_RATE = 0.12
MIN_SAMPLE = 3


def stock_key(unit: dict) -> str:
    return f"{unit['lot']}:{unit['stock_no']}"


def draw_sample(units: list[dict], period: str) -> list[dict]:
    """Deterministic per period: the seed is the period string, not the clock."""
    rng = random.Random(f"floorplan-{period}")
    ordered = sorted(units, key=stock_key)
    k = max(MIN_SAMPLE, int(len(ordered) * SAMPLE_RATE))
    return rng.sample(ordered, min(k, len(ordered)))


def fingerprint(units: list[dict]) -> str:
    digest = hashlib.sha256()
    for u in sorted(units, key=stock_key):
        digest.update(stock_key(u).encode())
    return digest.hexdigest()[:16]


def period_bounds(period: str) -> tuple[str, str]:
    year, month = (int(p) for p in period.split("-"))
    first = date(year, month, 1)
    nxt = date(year + (month == 12), month % 12 + 1, 1)
    return first.isoformat(), (nxt - timedelta(days=1)).isoformat()


@task(timeout=600)
async def financed_units(dealer_id: str, start: str, end: str) -> list[dict]:
    key = wmill.get_variable("f/dealership/floorplan_key")
    async with httpx.AsyncClient(base_url=LENDER_API, timeout=60) as client:
        r = await client.get(f"/dealers/{dealer_id}/units", params={"from": start, "to": end}, headers={"x-api-key": key})
        r.raise_for_status()
        return r.json()["units"]


@task(timeout=900, tag="lot-scanner")
async def check_unit(unit: dict) -> dict:
    async with httpx.AsyncClient(timeout=30) as client:
        r = await client.get(f"https://lots.example-motors.com/scan/{unit['lot']}/{unit['stock_no']}")
        seen = r.status_code == 200 and r.json().get("present", False)
    return {"stock": stock_key(unit), "present": seen, "vin": unit["vin"]}


@task()
async def file_report(dealer_id: str, period: str, report: dict) -> str:
    key = wmill.get_variable("f/dealership/floorplan_key")
    async with httpx.AsyncClient(base_url=LENDER_API, timeout=60) as client:
        r = await client.post(f"/dealers/{dealer_id}/audits/{period}", json=report, headers={"x-api-key": key})
        r.raise_for_status()
        return r.json()["audit_id"]


@task()
async def escalate_missing(dealer_id: str, missing: list[str]) -> None:
    smtp = wmill.get_resource("f/dealership/smtp")
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = f"Floor plan: {len(missing)} units not found ({dealer_id})"
    msg["From"] = smtp["from"]
    msg["To"] = "controller@example-motors.com"
    msg.set_content("\n".join(missing))
    with smtplib.SMTP(smtp["host"], smtp["port"]) as s:
        s.starttls()
        s.login(smtp["user"], smtp["password"])
        s.send_message(msg)


@workflow
async def main(dealer_id: str, period: str, recheck_after_hours: int = 6):
    start, end = period_bounds(period)
    units = await financed_units(dealer_id, start, end)
    sample = draw_sample(units, period)

    by_lot: dict[str, list[dict]] = defaultdict(list)
    for unit in sample:
        by_lot[unit["lot"]].append(unit)

    results: list[dict] = []
    for lot in sorted(by_lot):
        results.extend(await parallel(by_lot[lot], check_unit, concurrency=4))

    missing = [r for r in results if not r["present"]]
    if missing:
        await sleep(int(timedelta(hours=recheck_after_hours).total_seconds()))
        rechecked = await parallel([u for u in sample if stock_key(u) in {m["stock"] for m in missing}], check_unit)
        missing = [r for r in rechecked if not r["present"]]

    report = {
        "period": period,
        "fingerprint": fingerprint(units),
        "sampled": len(sample),
        "missing": [m["vin"] for m in missing],
    }
    audit_id = await file_report(dealer_id, period, report)
    if missing:
        await escalate_missing(dealer_id, [m["stock"] for m in missing])
    return {"audit_id": audit_id, **report}
