import requests
import wmill


def main(ticket_id: int, category: str, draft: str):
    zd = wmill.get_resource("f/support/zendesk")
    resp = requests.put(
        f"https://{zd['subdomain']}.zendesk.com/api/v2/tickets/{ticket_id}.json",
        auth=(f"{zd['email']}/token", zd["token"]),
        json={"ticket": {"tags": [category], "comment": {"body": draft, "public": False}}},
        timeout=20,
    )
    resp.raise_for_status()
    return {"ticket_id": ticket_id, "category": category}
