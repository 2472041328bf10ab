import requests
import wmill


def main(ticket_ids: list[int], requested_by: str):
    zd = wmill.get_resource("f/heldout_ang/zendesk")
    primary = min(ticket_ids)
    others = [t for t in ticket_ids if t != primary]
    resp = requests.post(
        f"https://{zd['subdomain']}.zendesk.com/api/v2/tickets/{primary}/merge",
        json={"ids": others, "target_comment": f"Merged on request of {requested_by}"},
        auth=(f"{zd['email']}/token", zd["token"]),
        timeout=30,
    )
    resp.raise_for_status()
    return {"primary": primary, "merged": len(others) + 1}
