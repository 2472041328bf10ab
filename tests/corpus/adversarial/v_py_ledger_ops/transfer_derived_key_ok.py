# SDK: wmill 1.850.0: the body re-runs each round; a key derived from the input by uuid5 / sha256 is the same each round
"""Payouts: each payout's idempotency key is derived from the invoice it pays."""
import hashlib
from dataclasses import asdict, dataclass

from wmill import task, workflow


@dataclass
class Payout:
    vendor_id: str
    amount_cents: int
    currency: str
    idempotency_key: str = ""

    def __post_init__(self):
        if not self.idempotency_key:
            raw = f"{self.vendor_id}:{self.amount_cents}:{self.currency}"
            self.idempotency_key = hashlib.sha256(raw.encode()).hexdigest()[:32]


@task(retry={"attempts": 3, "delay": 30})
async def send_payout(payout: dict) -> dict:
    import stripe
    import wmill

    stripe.api_key = wmill.get_variable("f/fin/stripe_key")
    tr = stripe.Transfer.create(
        amount=payout["amount_cents"],
        currency=payout["currency"],
        destination=payout["vendor_id"],
        idempotency_key=payout["idempotency_key"],
    )
    return {"id": tr.id, "vendor": payout["vendor_id"]}


@workflow
async def main(invoices: list[dict], currency: str = "eur"):
    sent = []
    for inv in invoices:
        payout = Payout(inv["vendor_id"], inv["amount_cents"], currency, idempotency_key=inv.get("id", ""))
        sent.append(await send_payout(asdict(payout)))
    return {"sent": sent}
