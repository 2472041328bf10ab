# SDK: wmill 1.850.0 the body is replayed from the top after each task: a dataclass built in the body runs its `__post_init__` on every replay, and this one fetches the carrier's APN settings over HTTP
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

    def __post_init__(self):
        r = requests.get(f"{PARTNER_DIR}/networks/{self.mcc}-{self.mnc}/apn", timeout=30)
        r.raise_for_status()
        self.apn = r.json()

    @classmethod
    def from_imsi(cls, imsi: str) -> "CarrierProfile":
        return cls(mcc=imsi[:3], mnc=imsi[3:5])


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
    profile = CarrierProfile.from_imsi(imsi)  # expect: WAC101
    sub = await create_subscription(imsi, profile.apn)
    pushed = await push_profile(sub["id"], eid)
    log.info("pushed %s to %s on %s-%s", sub["id"], eid, profile.mcc, profile.mnc)
    return {"subscription": sub["id"], "state": pushed["state"]}
