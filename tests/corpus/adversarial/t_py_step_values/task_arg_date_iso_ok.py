# SDK: task arguments travel as JSON; the due date is passed as an ISO string and parsed in the task
from datetime import date, timedelta

from wmill import task, workflow


@task()
async def schedule_payment(vendor_id: str, amount_cents: int, due: str) -> dict:
    day = date.fromisoformat(due)
    if day.weekday() >= 5:
        day = day + timedelta(days=7 - day.weekday())
    return {"vendor_id": vendor_id, "amount_cents": amount_cents, "pay_on": day.isoformat()}


@task()
async def approve_invoice(invoice: dict) -> dict:
    return {"vendor_id": invoice["vendor_id"], "amount_cents": invoice["amount_cents"], "issued": invoice["issued"]}


@workflow
async def main(invoice: dict, terms_days: int = 30):
    approved = await approve_invoice(invoice=invoice)
    due = date.fromisoformat(approved["issued"]) + timedelta(days=terms_days)
    return await schedule_payment(
        vendor_id=approved["vendor_id"], amount_cents=approved["amount_cents"], due=due.isoformat()
    )
