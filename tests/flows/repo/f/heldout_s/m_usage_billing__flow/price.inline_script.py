def main(rows: list, price_book: dict, currency: str = "eur"):
    lines = []
    for r in rows:
        amount = (r["api_calls"] // 1000) * price_book["per_1k_calls_cents"] + round(r["gb_stored"] * price_book["per_gb_cents"])
        if amount > 0:
            lines.append({"customer": r["stripe_customer"], "amount": amount, "currency": currency})
    return {"lines": lines, "total_cents": sum(line["amount"] for line in lines)}
