import uuid

import wmill


def main(company: str, seats: int = 5, trial_days: int = 14):
    api = wmill.get_resource("f/growth/tenant_api")
    tenant_id = f"t_{uuid.uuid4().hex[:12]}"
    import requests

    resp = requests.post(
        f"{api['base_url']}/tenants",
        json={"id": tenant_id, "name": company, "seats": seats, "trial_days": trial_days},
        headers={"Authorization": f"Bearer {api['token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return {"tenant_id": tenant_id, "seats": seats}
