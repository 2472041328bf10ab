import requests


def main(hubspot: dict, list_id: str):
    url = f"https://api.hubapi.com/contacts/v1/lists/{list_id}/contacts/all"
    headers = {"Authorization": f"Bearer {hubspot['token']}"}
    seen: dict[str, dict] = {}
    offset = 0
    while True:
        page = requests.get(
            url, headers=headers, params={"count": 100, "vidOffset": offset}, timeout=30
        ).json()
        for contact in page["contacts"]:
            props = contact.get("properties", {})
            email = props.get("email", {}).get("value", "").strip().lower()
            if not email:
                continue
            seen.setdefault(email, {"email": email, "owner": props.get("hubspot_owner_id", {}).get("value")})
        if not page.get("has-more"):
            break
        offset = page["vid-offset"]
    return {"contacts": list(seen.values())}
