import wmill
import requests


def main(depot: str):
    api = wmill.get_resource("f/fleet/telematics")
    resp = requests.get(
        f"{api['url']}/depots/{depot}/vehicles",
        headers={"Authorization": f"Bearer {api['token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return [{"vin": v["vin"], "plate": v["plate"]} for v in resp.json()["vehicles"] if v["active"]]
