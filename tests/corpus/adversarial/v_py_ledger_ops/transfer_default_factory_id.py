# SDK: wmill 1.850.0: the body re-runs each round; a dataclass default_factory runs when the instance is built there
"""Payouts: each payout carries an idempotency key minted by the dataclass."""
import uuid
from dataclasses import asdict, dataclass, field

from wmill import task, workflow


@dataclass
class Payout:
    vendor_id: str
    amount_cents: int
    currency: str
    idempotency_key: str = field(default_factory=lambda: uuid.uuid4().hex)


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
        payout = Payout(inv["vendor_id"], inv["amount_cents"], currency)  # expect: WAC102
        sent.append(await send_payout(asdict(payout)))
    return {"sent": sent}
