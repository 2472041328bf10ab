def main(rows: list, included_units: int = 100000):
    total = sum(int(r["units"]) for r in rows)
    overage = max(0, total - included_units)
    return {"total_units": total, "overage_units": overage}
