# SDK: wmill 1.850.0 task_script args and task results cross JSON with default=str: a plain Enum member becomes "InvoiceStatus.OVERDUE", and never equals the member again
"""Route each open invoice by status: overdue ones go to collections, the rest get a reminder."""
from enum import Enum

from wmill import task, task_script, workflow

start_collections = task_script("f/billing/start_collections", timeout=300)


class InvoiceStatus(Enum):
    OPEN = "open"
    OVERDUE = "overdue"
    DISPUTED = "disputed"


@task(timeout=60)
async def classify(invoice: dict) -> InvoiceStatus:
    status = InvoiceStatus.OPEN
    if invoice.get("disputed"):
        status = InvoiceStatus.DISPUTED
    elif invoice["days_past_due"] > 30:
        status = InvoiceStatus.OVERDUE
    return status  # expect: WAC107


@task(timeout=60)
async def send_reminder(invoice_id: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post(f"https://billing.internal.example/invoices/{invoice_id}/remind")


@workflow
async def main(invoices: list[dict]):
    routed = {"collections": [], "reminded": []}
    for inv in invoices:
        status = await classify(inv)
        if status == InvoiceStatus.OVERDUE:  # expect: WAC107
            await start_collections(invoice_id=inv["id"], status=InvoiceStatus[inv["status"].upper()])  # expect: WAC107
            routed["collections"].append(inv["id"])
        else:
            await send_reminder(inv["id"])
            routed["reminded"].append(inv["id"])
    return routed
