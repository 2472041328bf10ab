import requests
import wmill


def main(email: str, first_name: str = "", company: str = ""):
    token = wmill.get_variable("f/crm/hubspot_token")
    resp = requests.post(
        "https://api.hubapi.com/crm/v3/objects/contacts/batch/upsert",
        headers={"Authorization": f"Bearer {token}"},
        json={
            "inputs": [
                {
                    "idProperty": "email",
                    "id": email,
                    "properties": {"firstname": first_name, "company": company},
                }
            ]
        },
        timeout=30,
    )
    resp.raise_for_status()
    return {"contact_id": resp.json()["results"][0]["id"]}
