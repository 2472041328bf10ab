from typing import Optional

import requests


def main(cursor: Optional[str] = None):
    params = {"limit": 200}
    if cursor:
        params["after"] = cursor
    r = requests.get("https://supplier.example/api/items", params=params, timeout=30)
    r.raise_for_status()
    body = r.json()
    return {"items": body["data"], "cursor": body.get("next")}
