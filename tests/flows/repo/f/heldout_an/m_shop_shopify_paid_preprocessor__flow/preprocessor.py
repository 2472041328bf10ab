def preprocessor(event: dict):
    body = event.get("body") or {}
    customer = body.get("customer") or {}
    return {
        "order_id": str(body["id"]),
        "total": float(body["total_price"]),
        "currency": body.get("currency", "EUR"),
    }
