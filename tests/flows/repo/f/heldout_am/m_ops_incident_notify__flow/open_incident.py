import requests
import wmill


def main(service: str, title: str, dedup_key: str):
    api = wmill.get_resource("f/heldout_am/statuspage")
    resp = requests.post(
        f"{api['url']}/incidents",
        json={"service": service, "title": title, "external_id": dedup_key},
        headers={"Authorization": f"OAuth {api['token']}"},
        timeout=15,
    )
    resp.raise_for_status()
    return {"incident_id": resp.json()["id"], "url": resp.json()["shortlink"]}
