import smtplib
from email.message import EmailMessage

import wmill


def main(recipients: list, rows: list, order_count: int):
    smtp = wmill.get_resource("f/ops/smtp")
    lines = [f"{r['channel']}: {r['orders']} orders, {r['revenue_cents'] / 100:.2f} EUR" for r in rows]
    msg = EmailMessage()
    msg["Subject"] = f"Orders yesterday: {order_count} channels"
    msg["From"] = "reports@acme.io"
    msg["To"] = ", ".join(recipients)
    msg.set_content("\n".join(lines))
    with smtplib.SMTP(smtp["host"], smtp["port"]) as server:
        server.starttls()
        server.login(smtp["user"], smtp["password"])
        server.send_message(msg)
    return {"sent_to": recipients}
