def main(month: str, transfers: list):
    done = [t for t in transfers if isinstance(t, dict) and "transfer_id" in t]
    failed = len(transfers) - len(done)
    total = round(sum(t["amount_eur"] for t in done), 2)
    lines = [f"{t['recipient_id']}: €{t['amount_eur']:.2f} (transfer {t['transfer_id']})" for t in done]
    return {"month": month, "paid": len(done), "failed": failed, "total_eur": total, "lines": lines}
