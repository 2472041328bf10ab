import smtplib
from email.message import EmailMessage

import wmill


def main(to: str, subject: str, body: str):
    smtp = wmill.get_resource("f/forage/smtp")
    msg = EmailMessage()
    msg["From"] = smtp["from"]
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(body)
    with smtplib.SMTP_SSL(smtp["host"], smtp["port"]) as server:
        server.login(smtp["user"], smtp["password"])
        server.send_message(msg)
    return {"to": to}
