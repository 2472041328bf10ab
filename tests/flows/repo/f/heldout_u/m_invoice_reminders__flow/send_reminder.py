import smtplib
from email.message import EmailMessage
from typing import TypedDict


class smtp(TypedDict):
    host: str
    port: int
    user: str
    password: str


def main(smtp: smtp, to: str, invoice_number: str, amount_due: float, send: bool = False):
    msg = EmailMessage()
    msg["From"] = "billing@example.com"
    msg["To"] = to
    msg["Subject"] = f"Reminder: invoice {invoice_number} is overdue"
    msg.set_content(f"Hello,\n\nInvoice {invoice_number} ({amount_due:.2f} EUR) is overdue.\n")
    if not send:
        return {"to": to, "sent": False}
    with smtplib.SMTP(smtp["host"], smtp["port"]) as s:
        s.starttls()
        s.login(smtp["user"], smtp["password"])
        s.send_message(msg)
    return {"to": to, "sent": True}
