def preprocessor(event: dict):
    if event["kind"] != "webhook":
        raise ValueError(f"expected a webhook, got {event['kind']}")
    payment = event["body"]["data"]["object"]
    return {
        "order_id": payment["metadata"]["order_id"],
        "amount_cents": payment["amount_received"],
        "customer_email": payment["receipt_email"],
    }
