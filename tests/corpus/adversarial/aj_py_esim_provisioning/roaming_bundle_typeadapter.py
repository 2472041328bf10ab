# SDK: wmill 1.850.0 a task's result is encoded with `default=str`: the pydantic models built by `TypeAdapter(list[Bundle]).validate_python(...)` come back as their `str()` text, so `b.price_eur` in the body fails
"""Offer roaming bundles to a traveller before their trip, written by an agent from the WAC guide (pydantic models everywhere)."""

from __future__ import annotations

import logging

from pydantic import BaseModel, TypeAdapter

from wmill import task, workflow, wait_for_approval

log = logging.getLogger("esim.roaming")

CATALOG = "https://catalog.carrier.example/api"


class Bundle(BaseModel):
    code: str
    country: str
    data_gb: float
    price_eur: float


BUNDLES = TypeAdapter(list[Bundle])


@task(timeout=120)
async def bundles_for(country: str) -> list[Bundle]:
    import requests

    r = requests.get(f"{CATALOG}/bundles", params={"country": country}, timeout=60)
    r.raise_for_status()
    return BUNDLES.validate_python(r.json()["bundles"])  # expect: WAC107


@task(timeout=120)
async def send_offer(msisdn: str, offers: list[dict]) -> None:
    import requests

    requests.post("https://sms.carrier.example/send", json={"to": msisdn, "template": "roaming-offer", "offers": offers}, timeout=30)


@task(timeout=300)
async def attach_bundle(msisdn: str, code: str) -> dict:
    import requests

    r = requests.post(f"{CATALOG}/subscribers/{msisdn}/bundles", json={"code": code}, timeout=60)
    r.raise_for_status()
    return r.json()


@workflow
async def main(msisdn: str, country: str, budget_eur: float = 30.0):
    bundles = await bundles_for(country)
    affordable = sorted((b for b in bundles if b.price_eur <= budget_eur), key=lambda b: -b.data_gb)[:3]
    if not affordable:
        return {"msisdn": msisdn, "status": "nothing_in_budget"}
    await send_offer(msisdn, [{"code": b.code, "gb": b.data_gb, "eur": b.price_eur} for b in affordable])
    choice = await wait_for_approval(timeout=3 * 86400, key="bundle_choice", form={"code": {"type": "string"}})
    if not choice.get("approved"):
        return {"msisdn": msisdn, "status": "declined"}
    attached = await attach_bundle(msisdn, choice["value"]["code"])
    return {"msisdn": msisdn, "bundle": attached["code"]}
