# SDK: wmill 1.850.0 client.py run_script_by_path inside a task runs once; task_script(path) dispatches a script as a step
"""Kick off the receipt for a paid invoice (runs by path only inside durable steps)."""

import wmill
from wmill import step, task, task_script, workflow

send_receipt = task_script("f/billing/send_receipt", timeout=120)


@task()
async def preview_invoice(invoice_id: str, period: str) -> dict:
    return wmill.run_script_by_path(
        "f/billing/invoice", args={"invoice_id": invoice_id, "period": period, "locale": "de"}
    )


@task()
async def audit_kickoff(invoice_id: str) -> str:
    import f.shared.audit as audit

    name = audit.event_name("kickoff", invoice_id)
    audit.record(name, {"invoice_id": invoice_id})
    return name


@workflow
async def main(invoice_id: str, email: str, period: str):
    preview = await preview_invoice(invoice_id, period)
    job_id = await step(
        "receipt_job",
        lambda: wmill.run_script_by_path_async(
            "f/billing/send_receipt", args={"invoice_id": invoice_id, "email": email}
        ),
    )
    sent = await send_receipt(invoice_id=invoice_id, email=email, cc=["billing@acme.io"])
    event = await audit_kickoff(invoice_id)
    return {"preview": preview, "job": job_id, "sent": sent, "event": event}
