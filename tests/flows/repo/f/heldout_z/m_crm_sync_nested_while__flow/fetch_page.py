from typing import Optional

import requests
import wmill


def main(account_id: str, cursor: Optional[str] = None):
    token = wmill.get_variable("f/crm/api_token")
    params = {"account": account_id, "limit": 200}
    if cursor:
        params["cursor"] = cursor
    r = requests.get(
        "https://crm.example.com/v2/contacts",
        params=params,
        headers={"Authorization": f"Bearer {token}"},
        timeout=30,
    )
    r.raise_for_status()
    body = r.json()
    return {"contacts": body["data"], "next_cursor": body.get("next")}
