from datetime import datetime, timedelta, timezone
from typing import Literal, TypedDict

import requests


class zendesk(TypedDict):
    subdomain: str
    email: str
    token: str


def main(
    zendesk: zendesk,
    tier: Literal["standard", "premium", "enterprise"] = "premium",
    hours_left: float = 2,
    sort_by: Literal["breach_at", "created_at", "priority"] = "breach_at",
):
    horizon = datetime.now(timezone.utc) + timedelta(hours=hours_left)
    r = requests.get(
        f"https://{zendesk['subdomain']}.zendesk.com/api/v2/search.json",
        params={"query": f"type:ticket status<solved tags:{tier}", "sort_by": "created_at"},
        auth=(f"{zendesk['email']}/token", zendesk["token"]),
        timeout=20,
    )
    r.raise_for_status()
    tickets = [
        {"id": t["id"], "subject": t["subject"], "breach_at": t["sla_breach_at"]}
        for t in r.json()["results"]
        if t.get("sla_breach_at") and datetime.fromisoformat(t["sla_breach_at"].replace("Z", "+00:00")) <= horizon
    ]
    tickets.sort(key=lambda t: t[sort_by] if sort_by in t else t["breach_at"])
    return {"tickets": tickets, "horizon": horizon.isoformat()}
