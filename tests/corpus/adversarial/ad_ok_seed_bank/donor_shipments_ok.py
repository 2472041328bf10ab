# SDK: wmill 1.850.0 asyncio.gather over task coroutines built from a sorted list dispatches keys in list order; get_resume_urls is called inside step
import asyncio
from typing import Literal, Optional, TypedDict

import httpx
from wmill import get_resume_urls, step, task, wait_for_approval, workflow

COURIER = "https://courier.example/api"


class Smtp(TypedDict):
    host: str
    port: int
    user: str
    password: str


class Shipment(TypedDict):
    donor: str
    packets: int
    country: str


def customs_class(country: str) -> str:
    return "EU" if country in ("FR", "DE", "NL", "ES", "IT") else "INTL"


@task()
async def phyto_certificate(donor: str, country: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"{COURIER}/phyto", json={"donor": donor, "country": country})
        r.raise_for_status()
        return r.json()


@task()
async def book_pickup(shipment: dict, certificate_id: str, service: str) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post(f"{COURIER}/pickups", json={**shipment, "cert": certificate_id, "service": service})
        r.raise_for_status()
        return r.json()["tracking"]


@task()
async def email_curator(smtp: dict, to: str, approval_page: str, count: int) -> None:
    import smtplib
    from email.message import EmailMessage

    msg = EmailMessage()
    msg["Subject"] = f"{count} seed shipments waiting for release"
    msg["From"] = smtp["user"]
    msg["To"] = to
    msg.set_content(f"Review: {approval_page}")
    with smtplib.SMTP(smtp["host"], smtp["port"]) as s:
        s.starttls()
        s.login(smtp["user"], smtp["password"])
        s.send_message(msg)


@workflow
async def main(
    shipments: list[Shipment],
    smtp: Smtp,
    curator: str = "curator@seedbank.example",
    service: Literal["express", "economy"] = "economy",
    hold_hours: Optional[int] = None,
):
    ordered = sorted(shipments, key=lambda s: (s["country"], s["donor"]))
    certs = await asyncio.gather(*[phyto_certificate(s["donor"], s["country"]) for s in ordered])
    urls = await step("resume_urls", lambda: get_resume_urls())
    await email_curator(smtp, curator, urls["approvalPage"], len(ordered))
    decision = await wait_for_approval(timeout=(hold_hours or 48) * 3600)
    if not decision["approved"]:
        return {"released": [], "approver": decision["approver"]}
    tracking = []
    for shipment, cert in zip(ordered, certs):
        svc = "express" if customs_class(shipment["country"]) == "INTL" else service
        tracking.append(await book_pickup(dict(shipment), cert["id"], svc))
    return {"released": tracking, "approver": decision["approver"]}
