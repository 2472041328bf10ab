import statistics

import requests


def main(lat: float, lon: float, radius_km: float = 1.0):
    r = requests.get(
        "https://comps.internal/v2/sales",
        params={"lat": lat, "lon": lon, "radius_km": radius_km, "months": 12},
        timeout=30,
    )
    r.raise_for_status()
    prices = [s["price"] for s in r.json()["sales"]]
    return {"count": len(prices), "median": statistics.median(prices) if prices else None}
