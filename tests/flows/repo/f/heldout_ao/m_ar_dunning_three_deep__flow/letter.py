def main(invoice_id: int, amount: float, email: str):
    body = f"Invoice {invoice_id} ({amount:.2f} EUR) is overdue. Please pay within 7 days."
    return {"to": email, "body": body}
