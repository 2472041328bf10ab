from .fx import convert


def main(rows: list, currency: str, fx_date: str):
    out = []
    for row in rows:
        amount = convert(row["amount"], row["currency"], currency, fx_date)
        out.append({"invoice_id": row["id"], "customer": row["customer"], "amount": amount})
    return {"rows": out, "currency": currency}
