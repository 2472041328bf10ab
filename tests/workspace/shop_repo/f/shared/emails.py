def send_email_body(name: str, amount: str) -> str:
    return f"Hello {name}, your invoice of {amount} is ready."


def send_subject(invoice_id: str) -> str:
    return f"Invoice {invoice_id}"
