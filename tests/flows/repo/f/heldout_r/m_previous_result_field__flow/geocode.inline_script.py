def main(address: str, maps: dict):
    return {"address": address, "lat": 0.0, "lng": 0.0}
