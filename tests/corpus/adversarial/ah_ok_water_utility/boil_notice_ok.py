# SDK: wmill 1.850.0 @workflow: an idempotency key from hashlib over the inputs and uuid5 (deterministic); zones iterated as sorted(set(...)); approval URLs from get_approval_urls(key) inside step() and wait_for_approval(key=...) (client.py 2263, 3824)
import hashlib
import uuid

import httpx
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

NOTICE_NS = uuid.UUID("6f1c2a4e-3b7d-4e55-9a0c-2d8f3e71b9aa")
ALERTS = "https://alerts.water.example/v1"


def notice_key(zones: list[str], reason: str) -> str:
    digest = hashlib.sha256(("|".join(sorted(zones)) + "#" + reason).encode()).hexdigest()
    return digest[:16]


@task(timeout=300)
async def customers_in_zone(zone: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=60) as c:
        r = await c.get(f"{ALERTS}/zones/{zone}/customers")
        r.raise_for_status()
        return r.json()


@task()
async def email_duty_officer(officer: str, approve: str, summary: str) -> None:
    async with httpx.AsyncClient(timeout=30) as c:
        await c.post(f"{ALERTS}/mail", json={"to": officer, "link": approve, "body": summary})


@task(retry={"attempts": 3, "delay": 20, "multiplier": 2})
async def broadcast(zone: str, notice_id: str, customers: list[dict], idempotency_key: str) -> int:
    async with httpx.AsyncClient(timeout=120) as c:
        r = await c.post(
            f"{ALERTS}/broadcast",
            headers={"Idempotency-Key": idempotency_key},
            json={"zone": zone, "notice": notice_id, "to": [x["phone"] for x in customers]},
        )
        r.raise_for_status()
        return r.json()["sent"]


@workflow
async def main(zones: list[str], reason: str, duty_officer: str):
    key = notice_key(zones, reason)
    notice_id = str(uuid.uuid5(NOTICE_NS, key))
    by_zone = {}
    for zone in sorted(set(zones)):
        by_zone[zone] = await customers_in_zone(zone)
    total = sum(len(v) for v in by_zone.values())
    urls = await step("officer_urls", lambda: get_approval_urls("duty_officer"))
    await email_duty_officer(duty_officer, urls["approvalPage"], f"Boil notice for {total} customers: {reason}")
    decision = await wait_for_approval(key="duty_officer", timeout=2 * 3600)
    if not decision["approved"]:
        return {"notice": notice_id, "sent": 0, "approved": False}
    sent = 0
    for zone, customers in by_zone.items():
        sent += await broadcast(zone, notice_id, customers, f"{key}-{zone}")
    return {"notice": notice_id, "sent": sent, "approved": True, "by": decision["approver"]}
