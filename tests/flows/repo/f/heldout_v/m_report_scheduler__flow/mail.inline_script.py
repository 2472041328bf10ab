import smtplib
from email.message import EmailMessage

import wmill


def main(smtp: dict, recipients: list[str], s3_key: str):
    msg = EmailMessage()
    msg["From"] = "finance-bot@acme.io"
    msg["To"] = ", ".join(recipients)
    msg["Subject"] = f"Finance pack ready: {s3_key.rsplit('/', 1)[-1]}"
    msg.set_content("The finance pack is attached.")
    data = wmill.load_s3_file({"s3": s3_key})
    msg.add_attachment(data, maintype="application", subtype="vnd.ms-excel", filename=s3_key.rsplit("/", 1)[-1])
    with smtplib.SMTP(smtp["host"], smtp["port"]) as s:
        s.starttls()
        s.login(smtp["user"], smtp["password"])
        s.send_message(msg)
    return {"sent_to": recipients}
