def match_rows(ledger: list[dict], lines: list[dict], tolerance_cents: int = 0):
    by_ref = {row["ref"]: row for row in ledger}
    matched, unmatched = [], []
    for line in lines:
        row = by_ref.get(line["ref"])
        if row and abs(row["amount_cents"] - line["amount_cents"]) <= tolerance_cents:
            matched.append(line["ref"])
        else:
            unmatched.append(line["ref"])
    return matched, unmatched
