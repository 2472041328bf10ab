import requests

GROUPS = {"billing": 360001, "bug": 360002, "account": 360003, "shipping": 360004, "other": 360005}


def main(zendesk: dict, ticket_id: int, group: str, incident_key: str | None = None):
    comment = f"Routed by triage to {group}."
    if incident_key:
        comment += f" PagerDuty incident {incident_key}."
    resp = requests.put(
        f"https://{zendesk['subdomain']}.zendesk.com/api/v2/tickets/{ticket_id}.json",
        auth=(f"{zendesk['email']}/token", zendesk["token"]),
        json={"ticket": {"group_id": GROUPS[group], "comment": {"body": comment, "public": False}}},
        timeout=20,
    )
    resp.raise_for_status()
    return {"group": group}
