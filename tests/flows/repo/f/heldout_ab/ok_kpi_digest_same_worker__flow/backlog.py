import requests
import wmill


def main():
    zd = wmill.get_resource("f/support/zendesk")
    base = f"https://{zd['subdomain']}.zendesk.com/api/v2"
    auth = (f"{zd['email']}/token", zd["token"])
    open_count = requests.get(
        f"{base}/search/count.json", params={"query": "type:ticket status<solved"}, auth=auth, timeout=30
    ).json()["count"]
    return {"kpis": [{"name": "Open tickets", "value": open_count, "delta": 0}]}
