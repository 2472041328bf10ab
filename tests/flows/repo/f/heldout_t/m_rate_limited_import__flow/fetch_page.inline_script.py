import requests


def main(hubspot: dict, list_id: str, after: str = None):
    resp = requests.get(
        f"https://api.hubapi.com/crm/v3/lists/{list_id}/memberships",
        headers={"Authorization": f"Bearer {hubspot['token']}"},
        params={"limit": 100, "after": after},
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    return {
        "ids": [m["recordId"] for m in body["results"]],
        "next_after": body.get("paging", {}).get("next", {}).get("after"),
        "retry_after_s": int(resp.headers.get("Retry-After", "1")),
    }
