import requests


def main(route: str, day: str, user: str, password: str):
    resp = requests.get(
        f"https://booking.ferry.example.com/api/v2/routes/{route}/manifest",
        params={"date": day},
        auth=(user, password),
        timeout=30,
    )
    resp.raise_for_status()
    data = resp.json()
    return {"bookings": data["bookings"], "sailing": data["sailing_id"]}
