def main(city: str, radius_km: int = 25):
    return {"city": city, "radius_km": radius_km, "stores": []}
