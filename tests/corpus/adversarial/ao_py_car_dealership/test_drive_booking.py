# SDK: wmill 1.850.0: step keys come from _alloc_key(name), numbering repeats of one literal; a name built from the booking id is stable but is not a literal (warning); a helper the body calls that posts with httpx runs again in every round
"""Test-drive bookings from the website form: confirm each request with the sales
desk's calendar, text the customer, and post the day's schedule to the sales channel."""

from __future__ import annotations

import logging
from datetime import datetime, timezone

import httpx
import wmill
from wmill import step, task, workflow

log = logging.getLogger("dealership.test_drives")

CAL_API = "https://calendar.example-motors.com/api"
SLACK_WEBHOOK_VAR = "f/dealership/sales_webhook"


def format_slot(iso: str) -> str:
    dt = datetime.fromisoformat(iso)
    return dt.strftime("%a %d %b %H:%M")


def post_schedule(webhook: str, lines: list[str]) -> None:
    httpx.post(webhook, json={"text": "Test drives today:\n" + "\n".join(lines)}, timeout=10)


@task()
async def reserve_slot(store_id: str, vin: str, wanted: str) -> dict:
    async with httpx.AsyncClient(base_url=CAL_API, timeout=20) as client:
        r = await client.post(f"/stores/{store_id}/test-drives", json={"vin": vin, "wanted": wanted})
        r.raise_for_status()
        return r.json()


@task()
async def text_customer(phone: str, body: str) -> str:
    twilio = wmill.get_resource("f/dealership/twilio")
    async with httpx.AsyncClient(auth=(twilio["sid"], twilio["token"]), timeout=20) as client:
        r = await client.post(
            f"https://api.twilio.com/2010-04-01/Accounts/{twilio['sid']}/Messages.json",
            data={"To": phone, "From": twilio["from"], "Body": body},
        )
        r.raise_for_status()
        return r.json()["sid"]


@task()
async def webhook_url() -> str:
    return wmill.get_variable(SLACK_WEBHOOK_VAR)


@workflow
async def main(store_id: str, requests_: list[dict]):
    lines: list[str] = []
    confirmed = []
    for req in requests_:
        slot = await reserve_slot(store_id, req["vin"], req["wanted"])
        if not slot.get("ok"):
            continue
        sent_at = await step(f"texted_{req['id']}", lambda: datetime.now(timezone.utc).isoformat())  # expect: WAC103
        await text_customer(req["phone"], f"See you {format_slot(slot['starts_at'])} for the {req['model']}!")
        confirmed.append({"id": req["id"], "slot": slot["starts_at"], "noted_at": sent_at})
        lines.append(f"{format_slot(slot['starts_at'])} {req['model']} ({req['name']})")

    if lines:
        hook = await webhook_url()
        post_schedule(hook, lines)  # expect: WAC101
    return {"confirmed": confirmed}
