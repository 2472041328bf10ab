import wmill
import requests


def main(ticket_id: str, include_history: bool = False):
    zd = wmill.get_resource("f/heldout_an/zendesk")
    resp = requests.get(
        f"{zd['url']}/api/v2/tickets/{ticket_id}.json",
        auth=(zd["email"] + "/token", zd["token"]),
        params={"include": "comments"} if include_history else None,
        timeout=20,
    )
    resp.raise_for_status()
    t = resp.json()["ticket"]
    return {"id": t["id"], "subject": t["subject"], "status": t["status"], "priority": t["priority"]}
