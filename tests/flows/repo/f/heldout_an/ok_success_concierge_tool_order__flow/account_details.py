import wmill
import requests


def main(email: str, crm_account_id: str):
    sf = wmill.get_resource("f/heldout_an/salesforce")
    r = requests.get(
        f"{sf['instance_url']}/services/data/v60.0/sobjects/Account/{crm_account_id}",
        headers={"Authorization": f"Bearer {sf['token']}"},
        timeout=20,
    )
    r.raise_for_status()
    a = r.json()
    return {"email": email, "account": a["Name"], "tier": a.get("Tier__c", "standard")}
