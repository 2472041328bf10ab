def main(rows: list, base: int = 220, pct: float = 0.9):
    out = []
    for r in rows:
        hcp = max(0, int((base - r["average"]) * pct))
        out.append({**r, "handicap": hcp, "series": r["series"] + hcp * r["games"]})
    return out
