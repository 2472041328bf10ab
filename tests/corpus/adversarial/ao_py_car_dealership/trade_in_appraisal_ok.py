# SDK: wmill 1.850.0: TaskError(Exception) carries result={"error": {...}}; _StepSuspend is a BaseException, so `except Exception` / `except TaskError` around tasks never swallow it; step() JSON round-trips its value; get_approval_urls(step_key) addresses wait_for_approval(key=...)
"""Trade-in appraisal: decode the VIN, pull market comps, price the offer, and have
the used-car manager sign it off before the offer is sent to the customer."""

from __future__ import annotations

import logging
import time
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx
import wmill
from wmill import TaskError, get_approval_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("dealership.appraisal")

DMS_BASE = "https://dms.example-motors.com/api/v2"
COMPS_BASE = "https://comps.example-motors.com/v1"
CONDITION_FACTORS = {"excellent": 1.04, "good": 1.0, "fair": 0.9, "poor": 0.75}
RECON_BUDGET = {"excellent": 300, "good": 650, "fair": 1400, "poor": 2600}


@dataclass
class Comp:
    vin: str
    price: int
    miles: int


def round_to_hundred(value: float) -> int:
    return int(round(value / 100.0)) * 100


def mileage_adjustment(miles: int, comp_miles: int) -> float:
    # 8 cents a mile, capped so very old comps do not dominate
    delta = max(-60_000, min(60_000, comp_miles - miles))
    return delta * 0.08


def price_from_comps(comps: list[dict], miles: int, condition: str) -> int:
    if not comps:
        return 0
    adjusted = sorted(c["price"] + mileage_adjustment(miles, c["miles"]) for c in comps)
    mid = adjusted[len(adjusted) // 2]
    return round_to_hundred(mid * CONDITION_FACTORS.get(condition, 0.9))


@task(timeout=120)
async def decode_vin(vin: str) -> dict:
    token = wmill.get_variable("f/dealership/dms_token")
    async with httpx.AsyncClient(base_url=DMS_BASE, timeout=20) as client:
        r = await client.get(f"/vin/{vin}", headers={"authorization": f"Bearer {token}"})
        r.raise_for_status()
        return r.json()


@task(timeout=300, tag="comps")
async def market_comps(make: str, model: str, year: int, zip_code: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=COMPS_BASE, timeout=30) as client:
        r = await client.get("/search", params={"make": make, "model": model, "year": year, "zip": zip_code})
        r.raise_for_status()
        rows = r.json()["listings"]
    comps = [Comp(vin=row["vin"], price=int(row["price"]), miles=int(row["odometer"])) for row in rows]
    return [asdict(c) for c in comps]


@task()
async def book_value(vin: str, miles: int) -> int:
    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.get(f"https://book.example-motors.com/value/{vin}", params={"miles": miles})
        r.raise_for_status()
        return int(r.json()["trade_in"])


@task()
async def send_offer(customer_email: str, offer: dict) -> str:
    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.post(f"{DMS_BASE}/offers", json={"email": customer_email, **offer})
        r.raise_for_status()
        return r.json()["offer_id"]


@task()
async def notify_manager(channel: str, text: str, links: dict) -> None:
    slack = wmill.get_resource("f/dealership/slack")
    async with httpx.AsyncClient(timeout=10) as client:
        await client.post(
            "https://slack.com/api/chat.postMessage",
            headers={"authorization": f"Bearer {slack['token']}"},
            json={"channel": channel, "text": f"{text}\nApprove: {links['resume']}\nReject: {links['cancel']}"},
        )


@workflow
async def main(vin: str, miles: int, condition: str, zip_code: str, customer_email: str):
    t0 = time.perf_counter()
    opened_at = await step("opened_at", lambda: datetime.now(timezone.utc).isoformat())

    vehicle = await decode_vin(vin)
    try:
        comps = await market_comps(vehicle["make"], vehicle["model"], int(vehicle["year"]), zip_code)
    except TaskError as err:
        message = ((err.result or {}).get("error") or {}).get("message", "")
        log.warning("comps unavailable for %s: %s", vin, message)
        comps = []

    offer_price = price_from_comps(comps, miles, condition)
    if offer_price == 0:
        offer_price = round_to_hundred(await book_value(vin, miles) * CONDITION_FACTORS.get(condition, 0.9))
    offer_price -= RECON_BUDGET.get(condition, 1400)

    offer = {
        "vin": vin,
        "price": max(offer_price, 500),
        "comps_used": len(comps),
        "opened_at": opened_at,
    }

    urls = await step("manager_urls", lambda: get_approval_urls("used_car_manager"))
    await notify_manager("#used-cars", f"Trade-in {vehicle['year']} {vehicle['model']}: ${offer['price']}", urls)
    decision = await wait_for_approval(
        key="used_car_manager",
        timeout=4 * 3600,
        form={"properties": {"adjusted_price": {"type": "integer"}}},
    )
    if not decision["approved"]:
        log.info("offer for %s rejected after %.1fs", vin, time.perf_counter() - t0)
        return {"status": "rejected", "offer": offer}

    adjusted = (decision.get("value") or {}).get("adjusted_price")
    if adjusted:
        offer["price"] = int(adjusted)
    offer_id = await send_offer(customer_email, offer)
    log.info("offer %s sent in %.1fs", offer_id, time.perf_counter() - t0)
    return {"status": "sent", "offer_id": offer_id, "offer": offer, "approver": decision["approver"]}
