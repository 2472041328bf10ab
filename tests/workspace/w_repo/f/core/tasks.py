# SDK: wmill 1.850.0 client.py: task() merges positional args onto the function's parameter names (extras become arg<i>), functools.wraps keeps the name; task(path=...) dispatches the script at that path with the merged arguments.
"""Shared clinic tasks: each runs as its own child job when a workflow calls it."""

from functools import partial

import httpx
from wmill import task

SMS_API = "https://sms.example-gateway.io/v2/messages"


@task(timeout=120, tag="outbound")
async def send_sms(phone: str, body: str, sender: str = "CLINIC"):
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(SMS_API, json={"to": phone, "text": body, "from": sender})
        resp.raise_for_status()
        return resp.json()["id"]


@task()
async def book_slot(patient_id: str, slot_start: str, clinic: str = "central"):
    async with httpx.AsyncClient() as client:
        resp = await client.post(
            f"https://booking.internal/clinics/{clinic}/slots",
            json={"patient": patient_id, "start": slot_start},
        )
        return resp.json()


@task()
async def charge_copay(patient_id: str, amount_cents: int, currency: str):
    async with httpx.AsyncClient() as client:
        resp = await client.post(
            "https://billing.internal/copays",
            json={"patient": patient_id, "amount": amount_cents, "currency": currency},
        )
        return resp.json()["receipt"]


# Most of our clinics bill in euros: the rest of the arguments come at the call.
charge_copay_eur = partial(charge_copay, currency="EUR")

# Reminder texts always go out under the reminders sender id.
send_reminder = partial(send_sms, sender="REMIND")


@task(path="f/clinic/fax_gateway", timeout=300)  # expect: WAC401
async def send_fax(number: str, document_url: str):
    ...


@task(path="f/clinic/send_letter")
async def send_letter(patient_id: str, template: str):
    ...
