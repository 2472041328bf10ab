# SDK: wmill 1.850.0 client.py: task calls made before one await are dispatched together (_pending flushed as "parallel"), asyncio.gather keeps argument order, get_resume_urls inside step() is checkpointed, wait_for_approval without a key is numbered approval, approval_2...
"""Invoice batch ported from an Azure Durable Functions orchestrator: fan-out / fan-in, then an external event as an approval."""

import asyncio
import logging

from wmill import get_resume_urls, step, task, wait_for_approval, workflow

log = logging.getLogger("invoice_batch")


@task()
async def list_invoices(batch_id: str) -> list[str]:
    import httpx

    return httpx.get(f"https://billing.internal/batches/{batch_id}/invoices").json()


@task(timeout=300, concurrency_limit=10, concurrency_key="invoice-render")
async def render_invoice(invoice_id: str) -> dict:
    import httpx

    resp = httpx.post(f"https://billing.internal/invoices/{invoice_id}/render")
    resp.raise_for_status()
    return {"invoice_id": invoice_id, "pages": resp.json()["pages"], "total_cents": resp.json()["total_cents"]}


@task()
async def request_signoff(batch_id: str, total_cents: int, approval_page: str) -> None:
    import httpx

    httpx.post(
        "https://hooks.slack.com/services/T000/B000/XXX",
        json={"text": f"Batch {batch_id}: {total_cents / 100:.2f} USD to send. Approve: {approval_page}"},
    )


@task()
async def send_invoices(invoice_ids: list[str]) -> int:
    import httpx

    httpx.post("https://billing.internal/send", json={"ids": invoice_ids})
    return len(invoice_ids)


@workflow
async def main(batch_id: str):
    invoice_ids = await list_invoices(batch_id)
    # Fan-out: every call is started before the gather awaits them (context.task_all).
    pending = [render_invoice(invoice_id) for invoice_id in invoice_ids]
    rendered = await asyncio.gather(*pending)
    total_cents = sum(item["total_cents"] for item in rendered)
    log.info("batch %s rendered %d invoices", batch_id, len(rendered))

    # wait_for_external_event("Approval") becomes an approval step.
    urls = await step("signoff_urls", lambda: get_resume_urls())
    await request_signoff(batch_id, total_cents, urls["approvalPage"])
    decision = await wait_for_approval(timeout=86400)
    if not decision.get("approved", True):
        return {"batch_id": batch_id, "sent": 0, "reason": "rejected"}

    sent = await send_invoices([item["invoice_id"] for item in rendered])
    return {"batch_id": batch_id, "sent": sent, "total_cents": total_cents}
