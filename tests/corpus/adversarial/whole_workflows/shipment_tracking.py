# SDK: wmill 1.850.0 client.py: a @task call returns a coroutine that dispatches only when awaited; asyncio.create_task(...) dropped at the end of the body is never awaited before the workflow returns.
import asyncio
from dataclasses import dataclass, field

from wmill import sleep, step, task, workflow

CARRIERS = {"dhl": "https://api-eu.dhl.com/track/shipments", "ups": "https://onlinetools.ups.com/track/v1/details"}
POLL_S = 3 * 3600


@dataclass
class Shipment:
    tracking: str
    carrier: str
    customer_email: str
    events: list = field(default_factory=list)


@task()
async def poll_carrier(carrier: str, tracking: str) -> dict:
    import requests

    resp = requests.get(CARRIERS[carrier], params={"trackingNumber": tracking}, timeout=20)
    resp.raise_for_status()
    data = resp.json()
    return {"status": data.get("status", "unknown"), "eta": data.get("eta")}


@task()
async def email_customer(email: str, subject: str, body: str) -> bool:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["To"], msg["Subject"] = email, subject
    msg.set_content(body)
    with smtplib.SMTP("smtp.internal", 25) as smtp:
        smtp.send_message(msg)
    return True


@task()
async def close_ticket(tracking: str) -> None:
    import requests

    requests.post(f"https://support.internal/api/shipments/{tracking}/close", timeout=10)


@workflow
async def main(tracking: str, carrier: str, customer_email: str, max_polls: int = 16):
    shipment = Shipment(tracking, carrier, customer_email)
    last_status = None
    for _ in range(max_polls):
        update = await poll_carrier(shipment.carrier, shipment.tracking)
        if update["status"] != last_status:
            shipment.events.append(update)
            last_status = update["status"]
            if last_status in ("out_for_delivery", "delivered"):
                await email_customer(customer_email, f"Your parcel is {last_status.replace('_', ' ')}", f"ETA: {update['eta']}")
        if last_status == "delivered":
            break
        await sleep(POLL_S)

    asyncio.create_task(close_ticket(tracking))  # expect: WAC106
    summary = await step("summary", lambda: {"events": len(shipment.events), "final": last_status})
    return {"tracking": tracking, **summary}
