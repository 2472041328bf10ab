import requests


def main(venue_id: str):
    resp = requests.get(f"https://venues.choirnet.example.org/api/venues/{venue_id}", timeout=15)
    resp.raise_for_status()
    v = resp.json()
    return {"venue_id": venue_id, "capacity": v["seats"], "organ": bool(v.get("organ"))}
