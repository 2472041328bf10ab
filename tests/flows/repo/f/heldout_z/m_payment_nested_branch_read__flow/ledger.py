def main(seller_id: str, amount: float):
    # provider call elided in this copy; returns the provider's reference
    return {"reference": f"ledger-{seller_id}", "amount": amount}
