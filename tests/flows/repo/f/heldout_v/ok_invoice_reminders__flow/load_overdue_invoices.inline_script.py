from datetime import date, timedelta


def main(customers: list[dict], grace_days: int = 7):
    cutoff = date.today() - timedelta(days=grace_days)
    overdue = []
    for customer in customers:
        for invoice in customer.get("invoices", []):
            if date.fromisoformat(invoice["due_date"]) < cutoff:
                overdue.append({"email": customer["email"], "number": invoice["number"]})
    return overdue
