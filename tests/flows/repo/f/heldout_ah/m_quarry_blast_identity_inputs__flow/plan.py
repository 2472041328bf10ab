def main(blast_id: str, radius_m: int = 800):
    import requests

    r = requests.get(f"https://quarry.example/api/blasts/{blast_id}", timeout=10)
    r.raise_for_status()
    b = r.json()
    return {"lat": b["lat"], "lon": b["lon"], "at": b["scheduled_at"], "radius_m": radius_m}
