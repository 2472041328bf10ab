# SDK: wmill 1.850.0 @task(retry={...}) with the SDK's retry keys; logging in the body; idempotency keys from hashlib / uuid5 of the inputs; a small pure class; zip(strict=True) and dict comprehensions; the billing month is an input
import hashlib
import logging
import uuid

import httpx
from wmill import task, workflow

log = logging.getLogger("monthly_pass_billing")
BILLING_NS = uuid.UUID("6f1c1f64-3a3e-4d38-9d57-1c4f4ad1f0b2")


class PassPricing:
    def __init__(self, base_cents: int, ev_surcharge_cents: int):
        self.base = base_cents
        self.ev = ev_surcharge_cents

    def price(self, holder: dict) -> int:
        cents = self.base + (self.ev if holder.get("ev") else 0)
        return cents // 2 if holder.get("student") else cents


@task(retry={"attempts": 2, "delay": 30, "multiplier": 2, "max_delay": 120})
async def list_holders(garage: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"https://passes.citypark.example/{garage}/holders", params={"status": "active"})
        r.raise_for_status()
        return r.json()


@task(timeout=120)
async def invoice(holder_id: str, cents: int, idempotency_key: str) -> dict:
    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post("https://billing.citypark.example/invoices", json={"holder": holder_id, "cents": cents}, headers={"Idempotency-Key": idempotency_key})
        r.raise_for_status()
        return r.json()


@workflow
async def main(garage: str, month: str, base_cents: int = 15000, ev_surcharge_cents: int = 2500):
    pricing = PassPricing(base_cents, ev_surcharge_cents)
    holders = sorted(await list_holders(garage), key=lambda h: h["id"])
    log.info("billing %d holders at %s for %s", len(holders), garage, month)

    keys = [str(uuid.uuid5(BILLING_NS, f"{garage}/{month}/{h['id']}")) for h in holders]
    batch_tag = hashlib.sha256(f"{garage}:{month}".encode()).hexdigest()[:12]
    invoices = []
    for holder, key in zip(holders, keys, strict=True):
        invoices.append(await invoice(holder["id"], pricing.price(holder), key))
    totals = {inv["holder"]: inv["cents"] for inv in invoices}
    return {"garage": garage, "month": month, "batch": batch_tag, "count": len(totals), "cents": sum(totals.values())}
