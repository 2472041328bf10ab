def main(holds: list, biggest_capacity: int, audience: int = 250):
    return {
        "held": [h["venue_id"] for h in holds],
        "big_enough_exists": biggest_capacity >= audience,
    }
