# SDK: wmill 1.850.0 a task result crosses json.dumps(default=str); round(Decimal, 2) is still a Decimal, so invoice["due"] reaches the body as the str "84.70" and `invoice["due"] > 0` raises TypeError
import logging
from decimal import Decimal

import httpx
from wmill import task, workflow

log = logging.getLogger("kiln.billing")

BILLING = "https://billing.studio.example/api"
VAT = Decimal("1.21")
FIRING_FEE = {"bisque": Decimal("4.50"), "glaze": Decimal("6.00")}


def line_total(item: dict) -> Decimal:
    return FIRING_FEE[item["program"]] * Decimal(item["shelves"])


@task()
async def firings_for(member_id: str, month: str) -> list[dict]:
    r = httpx.get(f"{BILLING}/members/{member_id}/firings", params={"month": month})
    r.raise_for_status()
    return r.json()


@task()
async def price_invoice(member_id: str, items: list[dict], credit: float) -> dict:
    subtotal = sum((line_total(i) for i in items), Decimal(0))
    due = max(subtotal * VAT - Decimal(str(credit)), Decimal(0))
    return {"member": member_id, "lines": len(items), "due": round(due, 2)}  # expect: WAC107


@task()
async def charge_card(member_id: str, amount_cents: int) -> str:
    r = httpx.post(f"{BILLING}/charges", json={"member": member_id, "amount": amount_cents})
    r.raise_for_status()
    return r.json()["charge_id"]


@workflow
async def main(member_id: str, month: str, credit: float = 0.0):
    items = await firings_for(member_id=member_id, month=month)
    invoice = await price_invoice(member_id=member_id, items=items, credit=credit)
    if invoice["due"] > 0:
        charge = await charge_card(member_id=member_id, amount_cents=int(invoice["due"] * 100))
        log.info("charged %s for %s", member_id, month)
        return {"member": member_id, "charged": True, "charge": charge}
    return {"member": member_id, "charged": False}
