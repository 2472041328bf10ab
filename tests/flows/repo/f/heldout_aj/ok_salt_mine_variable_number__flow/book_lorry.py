import requests
import wmill


def main(council: str, tonnes: int, depot: str):
    haulier = wmill.get_resource("f/salt_mine/haulier_api")
    resp = requests.post(
        f"{haulier['url']}/bookings",
        json={"from": depot, "to": council, "tonnes": tonnes},
        headers={"Authorization": f"Bearer {haulier['token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return {"lorry": resp.json()["reg"], "council": council, "tonnes": tonnes}
