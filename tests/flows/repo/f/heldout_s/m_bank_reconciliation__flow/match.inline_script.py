def main(transactions: list, entries: list, tolerance_cents: int = 0):
    open_entries = {e["id"]: e for e in entries}
    matched, unmatched = [], []
    for tx in transactions:
        hit = next(
            (e for e in open_entries.values()
             if e["reference"] and e["reference"] in tx["reference"]
             and abs(e["amount_cents"] - tx["amount_cents"]) <= tolerance_cents),
            None,
        )
        if hit:
            matched.append({"entry_id": hit["id"], "reference": tx["reference"]})
            del open_entries[hit["id"]]
        else:
            unmatched.append(tx)
    return {"matched": matched, "unmatched": unmatched}
