import wmill
import smtplib
from email.message import EmailMessage


def main(to: str, subject: str, issue_url: str):
    smtp = wmill.get_resource("f/garden/smtp")
    msg = EmailMessage()
    msg["From"] = smtp["from"]
    msg["To"] = to
    msg["Subject"] = subject
    msg.set_content(f"This month's newsletter is out: {issue_url}")
    with smtplib.SMTP_SSL(smtp["host"], smtp["port"]) as s:
        s.login(smtp["user"], smtp["password"])
        s.send_message(msg)
    return {"sent": to}
