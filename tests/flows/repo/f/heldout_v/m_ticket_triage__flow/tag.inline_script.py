import requests


def main(zendesk: dict, ticket_id: int, tags: list[str]):
    resp = requests.put(
        f"https://{zendesk['subdomain']}.zendesk.com/api/v2/tickets/{ticket_id}/tags.json",
        auth=(f"{zendesk['email']}/token", zendesk["token"]),
        json={"tags": tags},
        timeout=20,
    )
    resp.raise_for_status()
    return resp.json()["tags"]
