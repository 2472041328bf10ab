import requests


def main(account: dict, mixpanel: dict):
    r = requests.get(
        "https://mixpanel.com/api/query/segmentation",
        params={"event": "session_start", "where": f'properties["account_id"] == "{account["id"]}"', "unit": "week", "type": "unique"},
        auth=(mixpanel["service_account"], mixpanel["secret"]),
        timeout=30,
    )
    r.raise_for_status()
    values = r.json()["data"]["values"].get("session_start", {})
    active = max(values.values(), default=0)
    return {"active_users_7d": active, "open_tickets": account.get("open_tickets", 0), "nps": account.get("nps")}
