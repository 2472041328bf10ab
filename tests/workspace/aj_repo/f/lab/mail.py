"""Clinician e-mail through the hospital relay."""

import smtplib
from email.message import EmailMessage

SMTP_HOST = "smtp.stmarys.internal"
FROM = "lab-results@stmarys.org"


def render(template: str, **fields: str) -> str:
    return template.format(**fields)


def send(to: str, subject: str, body: str) -> None:
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = FROM, to, subject
    msg.set_content(body)
    with smtplib.SMTP(SMTP_HOST, 25) as smtp:
        smtp.send_message(msg)
