from typing import Optional

import wmill
import requests


def main(email: str, contact_id: Optional[str], employer: Optional[str], title: Optional[str], city: Optional[str]):
    crm = wmill.get_resource("f/alumni/crm")
    payload = {"email": email, "employer": employer, "job_title": title, "city": city}
    if contact_id:
        resp = requests.patch(f"{crm['url']}/contacts/{contact_id}", json=payload,
                              headers={"Authorization": f"Bearer {crm['token']}"}, timeout=15)
    else:
        resp = requests.post(f"{crm['url']}/contacts", json=payload,
                             headers={"Authorization": f"Bearer {crm['token']}"}, timeout=15)
    resp.raise_for_status()
    return {"contact_id": resp.json()["id"], "created": not contact_id}
