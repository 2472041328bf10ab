def main(receipts: list[dict], employee: str):
    lines = [r for r in receipts if r and r.get("total") is not None]
    return {
        "employee": employee,
        "lines": len(lines),
        "total": round(sum(float(r["total"]) for r in lines), 2),
        "unreadable": [r["key"] for r in receipts if r and r.get("total") is None],
    }
