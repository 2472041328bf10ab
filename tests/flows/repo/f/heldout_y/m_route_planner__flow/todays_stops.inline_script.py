def main(depot_id: str):
    return [
        {"stop_id": f"{depot_id}-1", "address": "Damrak 1, Amsterdam"},
        {"stop_id": f"{depot_id}-2", "address": "Coolsingel 40, Rotterdam"},
    ]
