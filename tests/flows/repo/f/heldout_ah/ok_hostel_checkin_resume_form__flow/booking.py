import wmill


def main(ref: str):
    pms = wmill.get_resource("f/hostel/pms")
    import requests

    r = requests.get(f"{pms['url']}/bookings/{ref}", headers={"X-Key": pms["key"]}, timeout=15)
    r.raise_for_status()
    b = r.json()
    return {"guest_name": b["guest"]["name"], "nights": b["nights"], "beds": b["beds"]}
