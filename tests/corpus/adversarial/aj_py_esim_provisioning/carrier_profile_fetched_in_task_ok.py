# SDK: wmill 1.850.0 the APN settings are fetched by a task (a checkpointed result); the dataclass built in the body only holds data
"""Provision an eSIM for a roaming partner's subscriber, written by an agent from the WAC guide."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field

import requests

from wmill import task, workflow

log = logging.getLogger("esim.partner")

PARTNER_DIR = "https://partners.carrier.example/api"


@dataclass
class CarrierProfile:
    mcc: str
    mnc: str
    apn: dict = field(default_factory=dict)

    @classmethod
    def from_imsi(cls, imsi: str, apn: dict) -> "CarrierProfile":
        return cls(mcc=imsi[:3], mnc=imsi[3:5], apn=apn)


@task(timeout=120)
async def fetch_apn(mcc: str, mnc: str) -> dict:
    r = requests.get(f"{PARTNER_DIR}/networks/{mcc}-{mnc}/apn", timeout=30)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def create_subscription(imsi: str, apn: dict) -> dict:
    r = requests.post(f"{PARTNER_DIR}/subscriptions", json={"imsi": imsi, "apn": apn}, timeout=120)
    r.raise_for_status()
    return r.json()


@task(timeout=300)
async def push_profile(subscription_id: str, eid: str) -> dict:
    r = requests.post(f"{PARTNER_DIR}/subscriptions/{subscription_id}/push", json={"eid": eid}, timeout=120)
    r.raise_for_status()
    return r.json()


@workflow
async def main(imsi: str, eid: str):
    apn = await fetch_apn(imsi[:3], imsi[3:5])
    profile = CarrierProfile.from_imsi(imsi, apn)
    sub = await create_subscription(imsi, profile.apn)
    pushed = await push_profile(sub["id"], eid)
    log.info("pushed %s to %s on %s-%s", sub["id"], eid, profile.mcc, profile.mnc)
    return {"subscription": sub["id"], "state": pushed["state"]}
