# SDK: wmill 1.850.0 task(): the wrapper dispatches a step when called, and kwargs are matched to the function's parameters; @workflow marks main
from f.common.billing_tasks import charge_card, email_receipt, refund_charge
from f.common.clock import previous_period, utc_today
from f.common.wac import step, workflow


@workflow
async def main(customers: list[dict], dry_run: bool = False):
    # Which period are we billing? The last full month.
    today = utc_today()  # expect: WAC102
    period = previous_period(today)

    charged = []
    for customer in customers:
        if customer.get("plan") == "free" or dry_run:
            continue
        amount = int(customer["seats"]) * int(customer["seat_price_cents"])
        charge = await charge_card(customer_id=customer["id"], amount_cents=amount)
        charged.append({"customer": customer["id"], "charge": charge["id"]})
        # fire the receipt, we do not need its result
        email_receipt(customer["id"], charge)  # expect: WAC106

    disputed = [c for c in customers if c.get("disputed_charge")]
    for customer in disputed:
        await refund_charge(charge_id=customer["disputed_charge"], why="disputed")  # expect: WAC402

    summary = await step("summary", lambda: {"period": period, "charged": len(charged)})
    return {"summary": summary, "charged": charged}
