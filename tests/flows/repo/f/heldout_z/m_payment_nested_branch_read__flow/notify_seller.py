import wmill


def main(seller_id: str, transfer_ref: str):
    smtp = wmill.get_resource("f/market/smtp")
    body = f"Your payout {transfer_ref} is on its way."
    return {"to": seller_id, "sent": bool(smtp), "body": body}
