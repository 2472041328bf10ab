import smtplib
from email.message import EmailMessage


def main(smtp: dict, incident_id: int, title: str, thread: str = ""):
    msg = EmailMessage()
    msg["Subject"] = f"[SEV1] Incident #{incident_id}: {title}"
    msg["From"] = "sre@acme.io"
    msg["To"] = "stakeholders@acme.io"
    msg.set_content(f"We are investigating incident #{incident_id}.\nSlack thread: {thread}")
    with smtplib.SMTP(smtp["host"], smtp["port"]) as s:
        s.starttls()
        s.login(smtp["user"], smtp["password"])
        s.send_message(msg)
    return {"sent": True}
