import requests
import wmill


def main(contact_id: str, source: str):
    token = wmill.get_variable("f/crm/hubspot_token")
    requests.patch(
        f"https://api.hubapi.com/crm/v3/objects/contacts/{contact_id}",
        headers={"Authorization": f"Bearer {token}"},
        json={"properties": {"lead_source": source}},
        timeout=30,
    ).raise_for_status()
    return {"contact_id": contact_id, "source": source}
