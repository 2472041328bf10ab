def main(order_id: str):
    return {
        "email": "buyer@example.com",
        "tracking_url": f"https://track.example.com/{order_id}",
    }
