def main(warehouse: str, min_days_cover: int = 14):
    # the real plan comes from the demand forecast table
    lines = [{"sku": "A-100", "qty": 40}, {"sku": "B-220", "qty": 12}]
    return {"warehouse": warehouse, "lines": lines}
