from datetime import datetime, timedelta, timezone
from typing import TypedDict

import requests


class zendesk(TypedDict):
    subdomain: str
    email: str
    token: str


def main(zendesk: zendesk, since_minutes: int = 15):
    since = datetime.now(timezone.utc) - timedelta(minutes=since_minutes)
    resp = requests.get(
        f"https://{zendesk['subdomain']}.zendesk.com/api/v2/search.json",
        params={"query": f"type:ticket created>{since.strftime('%Y-%m-%dT%H:%M:%SZ')}"},
        auth=(f"{zendesk['email']}/token", zendesk["token"]),
        timeout=20,
    )
    resp.raise_for_status()
    results = resp.json()["results"]
    return {"tickets": results, "count": len(results)}
