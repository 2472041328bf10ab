def main(order_id: str, amount_cents: int, note: str = ""):
    return {"refund_id": f"re_{order_id}", "amount_cents": amount_cents, "note": note}
