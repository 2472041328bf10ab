import requests


def main(zendesk: dict, start_time: int, cursor: str = None):
    params = {"page[size]": 1000}
    if cursor:
        params["page[after]"] = cursor
    else:
        params["start_time"] = start_time
    r = requests.get(
        f"https://{zendesk['subdomain']}.zendesk.com/api/v2/incremental/tickets/cursor.json",
        params=params,
        auth=(f"{zendesk['email']}/token", zendesk["token"]),
        timeout=60,
    )
    r.raise_for_status()
    body = r.json()
    return {
        "tickets": body["tickets"],
        "next_cursor": None if body["end_of_stream"] else body["after_cursor"],
    }
