def main(list_id: str):
    return [{"email": "a@example.com", "confirmed": True, "unsubscribed": False}]
