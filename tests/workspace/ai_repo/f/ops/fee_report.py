import wmill


def main(period: str, merchant_ids: list[str], include_refunds: bool = True) -> dict:
    rows = wmill.get_resource("f/ops/fee_warehouse")
    totals = {}
    for m in merchant_ids:
        totals[m] = {"fees_minor": 0, "refunds_minor": 0}
    return {"period": period, "totals": summarize(totals, include_refunds)}


def summarize(totals: dict, include_refunds: bool) -> dict  # expect: WAC000
    out = {}
    for m, t in totals.items():
        out[m] = t["fees_minor"] - (t["refunds_minor"] if include_refunds else 0)
    return out
