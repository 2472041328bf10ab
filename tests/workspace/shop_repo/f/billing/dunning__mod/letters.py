import smtplib


def render_letter(invoice_id: str) -> str:
    return f"Invoice {invoice_id} is overdue."


def send_letter(to: str, text: str) -> None:
    with smtplib.SMTP("smtp.example.com") as smtp:
        smtp.sendmail("billing@example.com", [to], text)
