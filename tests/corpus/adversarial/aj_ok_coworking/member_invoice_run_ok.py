# SDK: wmill 1.850.0: env read of WM_WORKSPACE (set per job by the worker, the same in every round); invoices keyed by uuid5
import os
import uuid
from decimal import Decimal

from wmill import task, workflow

INVOICE_NS = uuid.UUID("0b6f7c1e-8d3a-4a54-9c1f-2f6e4d9b7a10")
PLAN_EUR = {"hot_desk": Decimal("190.00"), "fixed_desk": Decimal("290.00"), "office": Decimal("950.00")}


@task()
async def member_usage(member_id: str, month: str) -> dict:
    import requests

    return requests.get(f"https://crm.example-cowork.com/members/{member_id}/usage", params={"month": month}, timeout=20).json()


@task()
async def issue_invoice(invoice_id: str, member_id: str, total_eur: str, lines: list[list[str]]) -> str:
    import stripe

    stripe.api_key = "from-resource"
    inv = stripe.Invoice.create(customer=member_id, metadata={"invoice_id": invoice_id}, idempotency_key=invoice_id)
    return inv["id"]


def lines_for(plan: str, usage: dict) -> list[tuple[str, Decimal]]:
    lines = [(f"plan {plan}", PLAN_EUR[plan])]
    if (hours := usage.get("meeting_room_hours", 0)) > 4:
        lines.append((f"meeting rooms {hours - 4} h", Decimal(hours - 4) * Decimal("25")))
    return lines


@workflow
async def main(month: str, members: list[dict]):
    workspace = os.environ.get("WM_WORKSPACE", "local")
    issued = []
    for m in sorted(members, key=lambda m: m["id"]):
        usage = await member_usage(m["id"], month)
        lines = lines_for(m["plan"], usage)
        total = sum((amount for _, amount in lines), Decimal("0"))
        invoice_id = str(uuid.uuid5(INVOICE_NS, f"{workspace}/{month}/{m['id']}"))
        issued.append(await issue_invoice(invoice_id, m["id"], str(total), [[label, str(a)] for label, a in lines]))
    return {"month": month, "issued": issued}
