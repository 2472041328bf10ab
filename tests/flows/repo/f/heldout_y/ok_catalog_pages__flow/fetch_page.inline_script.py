from typing import Optional

import requests


def main(base_url: str, page_size: int = 200, cursor: Optional[str] = None):
    params = {"limit": page_size}
    if cursor:
        params["after"] = cursor
    r = requests.get(f"{base_url}/items", params=params, timeout=30)
    r.raise_for_status()
    body = r.json()
    return {"items": body["data"], "next_cursor": body.get("next")}
