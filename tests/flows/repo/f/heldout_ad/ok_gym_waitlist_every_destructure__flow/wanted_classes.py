import wmill
import requests


def main(member_id: str, week: str):
    api = wmill.get_resource("f/gym/booking_api")
    r = requests.get(
        f"{api['url']}/members/{member_id}/favourites",
        params={"week": week},
        headers={"Authorization": f"Bearer {api['token']}"},
        timeout=15,
    )
    r.raise_for_status()
    return [{"class_id": c["id"], "title": c["title"], "starts_at": c["starts_at"]} for c in r.json()]
