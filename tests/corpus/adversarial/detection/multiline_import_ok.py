# SDK: wmill 1.850.0 client.py: `task` works bare (`@task`) and called (`@task(...)`); a parenthesised import with comments binds the same exact names the parser looks for.
from typing import Any

from wmill import (  # WAC primitives, unaliased
    TaskError,
    task,
    workflow,
    wait_for_approval,
)


@task
async def draft_invoice(customer_id: str, lines: list[dict[str, Any]]) -> dict[str, Any]:
    total = sum(line["qty"] * line["unit_price"] for line in lines)
    return {"customer": customer_id, "total": total}


@task(
    timeout=300,
    tag="billing",
)
async def send_invoice(invoice: dict[str, Any]) -> str:
    return f"sent {invoice['customer']}"


@workflow
async def main(customer_id: str, lines: list[dict]) -> dict[str, Any]:
    invoice = await draft_invoice(customer_id, lines)
    if invoice["total"] > 10_000:
        decision = await wait_for_approval(timeout=7200)
        if not decision.get("approved"):
            return {"status": "rejected"}
    try:
        receipt = await send_invoice(invoice)
    except TaskError as err:
        return {"status": "failed", "error": str(err)}
    return {"status": "sent", "receipt": receipt}
