import wmill
import requests


def main(plates: list, depot: str):
    garage = wmill.get_resource("f/fleet/garage_booking")
    booked = []
    for plate in plates:
        r = requests.post(
            f"{garage['url']}/bookings",
            json={"plate": plate, "depot": depot, "service": "interval"},
            headers={"Authorization": f"Bearer {garage['token']}"},
            timeout=20,
        )
        r.raise_for_status()
        booked.append(r.json()["slot"])
    return {"booked": booked}
