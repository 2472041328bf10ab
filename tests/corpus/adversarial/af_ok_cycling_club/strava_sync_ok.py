# SDK: wmill 1.850.0 a Hub-style OAuth integration: refreshes a token with get_resource / set_resource, pages an API with requests, sleeps on 429 (time.sleep, Retry-After), stores the last sync time in state; no WAC import
import time
from datetime import datetime, timezone

import requests
import wmill

TOKEN_URL = "https://www.strava.com/oauth/token"
API = "https://www.strava.com/api/v3"


def fresh_token(resource_path: str) -> str:
    oauth = wmill.get_resource(resource_path)
    if oauth.get("expires_at", 0) > time.time() + 60:
        return oauth["access_token"]
    resp = requests.post(
        TOKEN_URL,
        data={
            "client_id": oauth["client_id"],
            "client_secret": oauth["client_secret"],
            "grant_type": "refresh_token",
            "refresh_token": oauth["refresh_token"],
        },
        timeout=20,
    )
    resp.raise_for_status()
    oauth.update(resp.json())
    wmill.set_resource(resource_path, oauth, resource_type="strava")
    return oauth["access_token"]


def get_page(token: str, club_id: int, page: int) -> list[dict]:
    while True:
        resp = requests.get(
            f"{API}/clubs/{club_id}/activities",
            headers={"Authorization": f"Bearer {token}"},
            params={"page": page, "per_page": 100},
            timeout=30,
        )
        if resp.status_code == 429:
            time.sleep(int(resp.headers.get("Retry-After", "15")))
            continue
        resp.raise_for_status()
        return resp.json()


def main(club_id: int, resource_path: str = "f/cycling/strava_oauth", max_pages: int = 10):
    token = fresh_token(resource_path)
    rides = []
    for page in range(1, max_pages + 1):
        batch = get_page(token, club_id, page)
        if not batch:
            break
        rides.extend(a for a in batch if a.get("sport_type") in ("Ride", "GravelRide", "VirtualRide"))

    km = round(sum(r["distance"] for r in rides) / 1000, 1)
    wmill.set_state({"synced_at": datetime.now(timezone.utc).isoformat(), "rides": len(rides)})
    return {"club": club_id, "rides": len(rides), "km": km}
