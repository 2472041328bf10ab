from datetime import date, timedelta


def main(invoices: list, grace_days: int = 3):
    cutoff = date.today() - timedelta(days=grace_days)
    overdue = []
    for inv in invoices:
        due = date.fromisoformat(inv["due_date"])
        if due < cutoff and inv.get("amount_due", 0) > 0:
            overdue.append(
                {
                    "invoice_id": inv["id"],
                    "email": inv["customer"]["email"],
                    "amount_due": inv["amount_due"],
                    "currency": inv.get("currency", "usd"),
                    "days_late": (date.today() - due).days,
                }
            )
    return overdue
