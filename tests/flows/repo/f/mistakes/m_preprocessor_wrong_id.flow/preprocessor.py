def preprocessor(event: dict):
    return {"order_id": event.get("id")}
