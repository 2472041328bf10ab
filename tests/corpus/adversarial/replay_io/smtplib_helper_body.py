# SDK: wmill 1.850.0 client.py workflow(): the same send_mail helper called directly from the body sends one email per replay.
import smtplib
from email.message import EmailMessage

from wmill import task, workflow


@task()
async def approve_invoice(invoice_id: str) -> dict:
    return {"id": invoice_id, "to": "ap@example.com"}


def send_mail(to: str, subject: str) -> None:
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = subject
    with smtplib.SMTP("smtp.example.com", 587) as smtp:
        smtp.send_message(msg)


@workflow
async def main(invoice_id: str):
    invoice = await approve_invoice(invoice_id)
    send_mail(invoice["to"], f"Invoice {invoice_id} approved")  # expect: WAC101
    return {"invoice": invoice_id}
