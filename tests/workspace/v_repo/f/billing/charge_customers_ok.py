# SDK: wmill 1.850.0 task(): a task awaited with its own parameter names; step() checkpoints the clock read
import asyncio

from f.common.billing_tasks import charge_card, email_receipt, refund_charge
from f.common.clock import period_label, previous_period, utc_today
from f.common.wac import step, workflow


@workflow
async def main(customers: list[dict], dry_run: bool = False):
    today = await step("today", utc_today)
    period = previous_period(today)
    label = period_label(int(period[:4]), int(period[5:]))

    charged = []
    receipts = []
    for customer in customers:
        if customer.get("plan") == "free" or dry_run:
            continue
        amount = int(customer["seats"]) * int(customer["seat_price_cents"])
        charge = await charge_card(customer_id=customer["id"], amount_cents=amount, currency="usd")
        charged.append({"customer": customer["id"], "charge": charge["id"]})
        receipts.append(email_receipt(customer["id"], charge))
    await asyncio.gather(*receipts)

    for customer in customers:
        if customer.get("disputed_charge"):
            await refund_charge(charge_id=customer["disputed_charge"], reason="disputed")

    return {"period": label, "charged": charged}
