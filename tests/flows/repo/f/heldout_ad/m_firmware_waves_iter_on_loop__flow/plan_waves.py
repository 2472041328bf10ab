import wmill
import requests


def main(model: str, version: str, wave_size: int = 50):
    fleet = wmill.get_resource("f/iot/fleet_api")
    r = requests.get(
        f"{fleet['url']}/devices",
        params={"model": model, "online": "true"},
        headers={"Authorization": f"Bearer {fleet['token']}"},
        timeout=30,
    )
    r.raise_for_status()
    devices = sorted(d["serial"] for d in r.json() if d["firmware"] != version)
    return [devices[i : i + wave_size] for i in range(0, len(devices), wave_size)]
