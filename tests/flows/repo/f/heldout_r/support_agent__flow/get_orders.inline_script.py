def main(customer_id: str, limit: int = 5):
    return [{"id": f"o_{i}", "customer": customer_id} for i in range(limit)]
