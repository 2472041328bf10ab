import smtplib
from email.message import EmailMessage


def main(supplier: str, lines: list, min_fill: float, smtp: dict):
    body = "\n".join(f"{line['sku']}: {line['qty']}" for line in lines)
    msg = EmailMessage()
    msg["Subject"] = f"Co-op order ({len(lines)} lines)"
    msg["To"] = f"orders@{supplier}"
    msg["From"] = smtp["from"]
    msg.set_content(body)
    with smtplib.SMTP(smtp["host"], smtp.get("port", 587)) as s:
        s.starttls()
        s.login(smtp["user"], smtp["password"])
        s.send_message(msg)
    return {"supplier": supplier, "lines": len(lines)}
