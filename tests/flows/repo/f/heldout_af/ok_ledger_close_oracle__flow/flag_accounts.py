def main(lines: list, tolerance: float = 500) -> list:
    flagged = []
    for row in lines:
        amount = float(row.get("AMOUNT") or row.get("amount") or 0)
        if abs(amount) > tolerance:
            flagged.append({"account": row.get("ACCOUNT") or row.get("account"), "amount": amount})
    return sorted(flagged, key=lambda r: -abs(r["amount"]))
