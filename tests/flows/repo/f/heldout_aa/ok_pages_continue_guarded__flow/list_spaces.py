import requests
import wmill


def main(site: str):
    auth = wmill.get_resource("f/kb/confluence")
    resp = requests.get(
        f"https://{site}/wiki/api/v2/spaces",
        auth=(auth["email"], auth["token"]),
        params={"limit": 250},
        timeout=60,
    )
    resp.raise_for_status()
    return {"spaces": [{"key": s["key"], "name": s["name"]} for s in resp.json()["results"]]}
