import smtplib
from email.message import EmailMessage
from typing import TypedDict


class smtp(TypedDict):
    host: str
    port: int
    user: str
    password: str


def main(smtp: smtp, to: str, order_no: str, short_lines: list):
    msg = EmailMessage()
    msg["Subject"] = f"Order {order_no}: {len(short_lines)} line(s) short"
    msg["From"] = "wms@acme.example"
    msg["To"] = to
    msg.set_content("\n".join(f"{l['sku']}: {l['reserved']}/{l['requested']}" for l in short_lines))
    with smtplib.SMTP(smtp["host"], smtp["port"]) as s:
        s.starttls()
        s.login(smtp["user"], smtp["password"])
        s.send_message(msg)
    return {"sent": True, "short": len(short_lines)}
