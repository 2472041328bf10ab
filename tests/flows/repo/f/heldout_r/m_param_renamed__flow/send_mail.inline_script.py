import smtplib
from email.message import EmailMessage

import wmill


def main(to: str, subject: str, html: str):
    smtp = wmill.get_resource("f/sales/smtp")
    msg = EmailMessage()
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(html, subtype="html")
    with smtplib.SMTP(smtp["host"], smtp["port"]) as s:
        s.send_message(msg)
    return {"sent": to}
