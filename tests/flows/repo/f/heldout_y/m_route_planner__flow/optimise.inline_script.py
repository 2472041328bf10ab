def main(points: list):
    ordered = sorted((p for p in points if p), key=lambda p: (p["lat"], p["lon"]))
    return {"order": [p["address"] for p in ordered], "stops": len(ordered)}
