import requests
import wmill


def main(alert_id: str):
    pd = wmill.get_resource("f/oncall/pagerduty_api")
    resp = requests.get(
        "https://api.pagerduty.com/incidents",
        headers={"Authorization": f"Token token={pd['token']}"},
        params={"incident_key": alert_id},
        timeout=10,
    )
    incidents = resp.json().get("incidents", [])
    return {"acknowledged": any(i["status"] in ("acknowledged", "resolved") for i in incidents)}
