def main(intent_id: str, amount_cents: int, email: str):
    return {"to": email, "subject": f"Receipt {intent_id}", "amount": amount_cents / 100}
