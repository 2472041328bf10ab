def main(stock: list, pantries: list):
    households = sum(p["households"] for p in pantries) or 1
    by_pantry = {p["name"]: [] for p in pantries}
    for item in stock:
        for p in pantries:
            share = item["quantity"] * p["households"] // households
            if share:
                by_pantry[p["name"]].append({"sku": item["sku"], "qty": share})
    return {"by_pantry": by_pantry}
