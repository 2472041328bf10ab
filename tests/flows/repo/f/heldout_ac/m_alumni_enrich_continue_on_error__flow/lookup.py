import wmill
import requests


def main(email: str):
    crm = wmill.get_resource("f/alumni/crm")
    resp = requests.get(
        f"{crm['url']}/contacts",
        params={"email": email},
        headers={"Authorization": f"Bearer {crm['token']}"},
        timeout=15,
    )
    resp.raise_for_status()
    hits = resp.json()["results"]
    if not hits:
        return {"found": False, "contact_id": None, "class_year": None}
    c = hits[0]
    return {"found": True, "contact_id": c["id"], "class_year": c.get("class_year")}
