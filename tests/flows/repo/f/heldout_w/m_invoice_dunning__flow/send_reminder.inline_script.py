import smtplib
from email.message import EmailMessage


def main(invoice_id: int, to: str, amount_due: int, smtp: dict):
    msg = EmailMessage()
    msg["Subject"] = f"Reminder: invoice {invoice_id} is overdue"
    msg["From"] = smtp["from"]
    msg["To"] = to
    msg.set_content(f"Amount due: {amount_due / 100:.2f} EUR")
    with smtplib.SMTP(smtp["host"], smtp.get("port", 587)) as s:
        s.starttls()
        s.login(smtp["user"], smtp["password"])
        s.send_message(msg)
    return {"invoice_id": invoice_id, "sent": True}
