import requests


def main(api: dict, endpoint: str, cursor: str = "", page_size: int = 100):
    params = {"page[size]": page_size}
    if cursor:
        params["page[after]"] = cursor
    resp = requests.get(
        f"{api['base_url']}/{endpoint}",
        params=params,
        headers={"Authorization": f"Bearer {api['token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    body = resp.json()
    return {
        "items": body[endpoint],
        "next_cursor": body["meta"]["after_cursor"] if body["meta"]["has_more"] else None,
    }
