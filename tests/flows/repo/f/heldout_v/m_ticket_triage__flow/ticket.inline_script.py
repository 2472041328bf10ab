import requests


def main(zendesk: dict, ticket_id: int):
    resp = requests.get(
        f"https://{zendesk['subdomain']}.zendesk.com/api/v2/tickets/{ticket_id}.json",
        auth=(f"{zendesk['email']}/token", zendesk["token"]),
        timeout=20,
    )
    resp.raise_for_status()
    t = resp.json()["ticket"]
    return {
        "subject": t["subject"],
        "description": t["description"],
        "url": f"https://{zendesk['subdomain']}.zendesk.com/agent/tickets/{ticket_id}",
    }
