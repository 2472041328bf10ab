import requests
import wmill


def main(deal_id: int):
    token = wmill.get_variable("f/heldout_ang/pipedrive_token")
    resp = requests.get(
        f"https://api.pipedrive.com/v1/deals/{deal_id}",
        params={"api_token": token},
        timeout=20,
    )
    resp.raise_for_status()
    deal = resp.json()["data"]
    return {"title": deal["title"], "value": deal["value"], "owner": deal["owner_name"]}
