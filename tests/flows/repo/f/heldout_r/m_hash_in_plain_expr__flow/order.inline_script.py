def main(order_id: str):
    return {
        "email": "buyer@example.com",
        "shop": "Acme",
        "number": 1042,
        "tracking_url": f"https://track.example.com/{order_id}",
    }
