def main(payouts: list, approver_note: str = ""):
    ok = [p for p in payouts if p and p.get("status") != "failed"]
    failed = len(payouts) - len(ok)
    return {"paid": len(ok), "failed": failed, "note": approver_note}
