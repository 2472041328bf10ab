import csv
from decimal import Decimal, InvalidOperation


def main(path: str, delimiter: str = ";", currency: str = "EUR"):
    rows, rejected = [], []
    with open(path, newline="", encoding="utf-8-sig") as f:
        for n, rec in enumerate(csv.DictReader(f, delimiter=delimiter), start=2):
            try:
                cents = int(Decimal(rec["price"].replace(",", ".")) * 100)
            except (InvalidOperation, KeyError):
                rejected.append(n)
                continue
            rows.append({"sku": rec["sku"].strip(), "cents": cents, "currency": currency})
    return {"rows": rows, "rejected_lines": rejected}
