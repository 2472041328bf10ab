import csv
import io


def main(csv_text: str):
    reader = csv.DictReader(io.StringIO(csv_text))
    rows = [
        {"sku": r["SKU"], "title": r["Title"], "price_cents": int(float(r["Price"]) * 100)}
        for r in reader
    ]
    return {"rows": rows, "count": len(rows)}
