import requests
import wmill


def main(trip_id: str):
    fleet = wmill.get_resource("f/bikes/fleet_api")
    r = requests.get(f"{fleet['url']}/trips/{trip_id}", headers={"Authorization": f"Bearer {fleet['token']}"}, timeout=10)
    r.raise_for_status()
    trip = r.json()
    return {"rider_id": trip["rider"], "minutes": -(-trip["duration_s"] // 60)}
