import csv
from pathlib import Path


def main(listing: str):
    rows = []
    for name in filter(None, listing.strip().split(",")):
        with open(Path("./shared/prices") / name, newline="") as fh:
            for rec in csv.DictReader(fh, delimiter=";"):
                rows.append({"sku": rec["SKU"], "price": float(rec["Price"].replace(",", ".")), "valid_from": rec["ValidFrom"]})
    return {"rows": rows, "files": listing.split(",")}
