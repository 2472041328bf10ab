import wmill
import requests


def main(list_id: str):
    mc = wmill.get_resource("f/marketing/mailchimp")
    resp = requests.get(
        f"https://{mc['server']}.api.mailchimp.com/3.0/lists/{list_id}/members",
        params={"status": "subscribed", "count": 1000},
        auth=("any", mc["api_key"]),
        timeout=30,
    )
    resp.raise_for_status()
    members = resp.json()["members"]
    return [{"email": m["email_address"], "first_name": m["merge_fields"].get("FNAME", ""), "lang": m.get("language") or "en"} for m in members]
