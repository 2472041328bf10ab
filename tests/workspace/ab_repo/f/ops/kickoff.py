# SDK: wmill 1.850.0 client.py run_script_by_path(path, args=...) / run_script_by_path_async(path, args=...) start jobs
"""Kick off the receipt for a paid invoice and preview the invoice."""

import wmill
from wmill import task, workflow

import f.shared.audit as audit  # expect: WAC101
from .clock import period_end  # expect: WAC403


@task()
async def send_receipt(invoice_id: str, email: str) -> dict:
    return wmill.run_script_by_path(  # expect: WAC402
        "f/billing/send_receipt",
        args={"invoice_id": invoice_id, "mail": email},  # expect: WAC402
    )


@task()
async def resend_legacy(invoice_id: str, email: str) -> dict:
    return wmill.run_script_by_path("f/billing/send_reciept", args={"invoice_id": invoice_id})  # expect: WAC401


@workflow
async def main(invoice_id: str, email: str, period: str):
    due_iso = period_end(period).isoformat()
    preview = wmill.run_script_by_path(  # expect: WAC101
        "f/billing/invoice", args={"invoice_id": invoice_id, "period": period}
    )
    job_id = wmill.run_script_by_path_async(  # expect: WAC101
        "f/billing/send_receipt", args={"invoice_id": invoice_id, "email": email}
    )
    sent = await send_receipt(invoice_id, email)
    event = audit.event_name("kickoff", invoice_id)
    return {"preview": preview, "job": job_id, "sent": sent, "event": event, "due": due_iso}
