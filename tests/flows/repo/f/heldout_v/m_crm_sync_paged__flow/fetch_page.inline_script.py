import requests

hubspot = dict


def main(hubspot: hubspot, since: str, after: str | None = None):
    body = {
        "filterGroups": [
            {"filters": [{"propertyName": "lastmodifieddate", "operator": "GTE", "value": since}]}
        ],
        "properties": ["email", "firstname", "lastname", "company", "lifecyclestage"],
        "limit": 100,
    }
    if after:
        body["after"] = after
    resp = requests.post(
        "https://api.hubapi.com/crm/v3/objects/contacts/search",
        headers={"Authorization": f"Bearer {hubspot['token']}"},
        json=body,
        timeout=60,
    )
    resp.raise_for_status()
    data = resp.json()
    contacts = [{"id": c["id"], **c["properties"]} for c in data["results"]]
    nxt = data.get("paging", {}).get("next", {}).get("after")
    return {"contacts": contacts, "after": nxt} if nxt else {"contacts": contacts, "after": None}
