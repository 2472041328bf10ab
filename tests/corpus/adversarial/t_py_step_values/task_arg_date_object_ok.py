# SDK: a task of the file runs in a child job that replays the body and calls func(**kwargs) with the objects that replay computed (WorkflowCtx._execute_directly), so the date argument arrives as a date (first written as a WAC107 mistake: corrected on reading the SDK)
from datetime import date, timedelta

from wmill import task, workflow


@task()
async def schedule_payment(vendor_id: str, amount_cents: int, due: date) -> dict:
    if due.weekday() >= 5:
        due = due + timedelta(days=7 - due.weekday())
    return {"vendor_id": vendor_id, "amount_cents": amount_cents, "pay_on": due.isoformat()}


@task()
async def approve_invoice(invoice: dict) -> dict:
    return {"vendor_id": invoice["vendor_id"], "amount_cents": invoice["amount_cents"], "issued": invoice["issued"]}


@workflow
async def main(invoice: dict, terms_days: int = 30):
    approved = await approve_invoice(invoice=invoice)
    due = date.fromisoformat(approved["issued"]) + timedelta(days=terms_days)
    return await schedule_payment(vendor_id=approved["vendor_id"], amount_cents=approved["amount_cents"], due=due)
