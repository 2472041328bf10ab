import stripe
import wmill


def main():
    stripe.api_key = wmill.get_variable("f/billing/stripe_key")
    by_customer: dict[str, list] = {}
    emails: dict[str, str] = {}
    for inv in stripe.Invoice.list(status="open", limit=100).auto_paging_iter():
        by_customer.setdefault(inv.customer, []).append(
            {"number": inv.number, "amount_due": inv.amount_due, "currency": inv.currency}
        )
        emails[inv.customer] = inv.customer_email
    out = []
    for customer_id, invoices in by_customer.items():
        out.append({"customer_id": customer_id, "email": emails[customer_id], "invoices": invoices})
    return out
