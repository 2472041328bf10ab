def main(customer_id: str, email: str, month: str):
    return {"customer_id": customer_id, "sent_to": email, "month": month}
