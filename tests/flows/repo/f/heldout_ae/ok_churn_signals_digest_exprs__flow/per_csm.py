from collections import defaultdict


def main(usage: list, payments: list, min_mrr: float = 200, overrides: dict = None):
    overrides = overrides or {}
    accounts = {}
    for row in usage:
        if row["mrr"] < min_mrr:
            continue
        accounts[row["account_id"]] = {
            "name": row["name"],
            "mrr": float(row["mrr"]),
            "csm": overrides.get(str(row["account_id"]), row["csm_email"]),
            "reasons": [f"usage at {round(float(row['ratio']) * 100)}%"],
        }
    for p in payments:
        acc = accounts.get(p["account_id"])
        if acc:
            acc["reasons"].append(f"open invoice {p['amount']:.2f} EUR")
    by_csm = defaultdict(list)
    for acc in accounts.values():
        by_csm[acc["csm"]].append(acc)
    return dict(by_csm)
