# SDK: wmill 1.850.0 client.py step(): the function given to step runs once and its result is checkpointed; the SMTP send happens once.
import smtplib
from email.message import EmailMessage

from wmill import step, task, workflow


@task()
async def approve_invoice(invoice_id: str) -> dict:
    return {"id": invoice_id, "to": "ap@example.com"}


def send_mail(to: str, subject: str) -> str:
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = subject
    with smtplib.SMTP("smtp.example.com", 587) as smtp:
        smtp.starttls()
        smtp.send_message(msg)
    return "sent"


@workflow
async def main(invoice_id: str):
    invoice = await approve_invoice(invoice_id)
    status = await step("mail_ap", lambda: send_mail(invoice["to"], f"Invoice {invoice_id} approved"))
    return {"invoice": invoice_id, "mail": status}
