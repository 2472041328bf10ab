import time

import stripe
import wmill


def main():
    stripe.api_key = wmill.get_variable("f/billing/stripe_key")
    now = int(time.time())
    grouped: dict[str, dict] = {}
    for inv in stripe.Invoice.list(status="open", limit=100).auto_paging_iter():
        if inv.due_date is None or inv.due_date > now:
            continue
        entry = grouped.setdefault(inv.customer, {"customer_id": inv.customer, "email": inv.customer_email, "invoices": []})
        entry["invoices"].append({"number": inv.number, "amount_due": inv.amount_due, "currency": inv.currency})
    return list(grouped.values())
