def main(seller_id: str, amount: float):
    # provider call elided in this copy; returns the provider's reference
    return {"reference": f"sepa_transfer-{seller_id}", "amount": amount}
