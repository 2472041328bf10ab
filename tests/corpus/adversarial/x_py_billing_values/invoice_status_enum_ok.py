# SDK: wmill 1.850.0 task results / task_script args cross JSON: a str-mixin enum member is written as its value and compares equal to it; IntEnum is written as its int
"""Route each open invoice by status: overdue ones go to collections, the rest get a reminder."""
from enum import Enum, IntEnum

from wmill import task, task_script, workflow

start_collections = task_script("f/billing/start_collections", timeout=300)


class InvoiceStatus(str, Enum):
    OPEN = "open"
    OVERDUE = "overdue"
    DISPUTED = "disputed"


class Priority(IntEnum):
    LOW = 1
    HIGH = 3


class Channel(Enum):
    EMAIL = "email"
    LETTER = "letter"


@task(timeout=60)
async def classify(invoice: dict) -> InvoiceStatus:
    if invoice.get("disputed"):
        return InvoiceStatus.DISPUTED
    if invoice["days_past_due"] > 30:
        return InvoiceStatus.OVERDUE
    return InvoiceStatus.OPEN


@task(timeout=60)
async def send_reminder(invoice_id: str, channel: str) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post(f"https://billing.internal.example/invoices/{invoice_id}/remind", json={"channel": channel})


@workflow
async def main(invoices: list[dict]):
    routed = {"collections": [], "reminded": []}
    for inv in invoices:
        status = await classify(inv)
        if status == InvoiceStatus.OVERDUE:
            await start_collections(invoice_id=inv["id"], status=InvoiceStatus(inv["status"]), priority=Priority.HIGH)
            routed["collections"].append(inv["id"])
        else:
            await send_reminder(inv["id"], Channel.EMAIL.value)
            routed["reminded"].append(inv["id"])
    return routed
