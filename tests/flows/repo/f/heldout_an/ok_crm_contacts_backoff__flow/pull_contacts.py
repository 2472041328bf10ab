import wmill
import requests


def main(since: str, page_size: int = 200):
    hs = wmill.get_resource("f/heldout_an/hubspot")
    r = requests.get(
        "https://api.hubapi.com/crm/v3/objects/contacts",
        headers={"Authorization": f"Bearer {hs['token']}"},
        params={"limit": page_size, "updatedAfter": since},
        timeout=60,
    )
    r.raise_for_status()
    rows = r.json()["results"]
    return {"count": len(rows), "contacts": rows}
