import requests
import wmill


def main(to: str, tenant_id: str):
    api = wmill.get_resource("f/heldout_aa/send_welcome_api")
    resp = requests.post(api["url"], json={"to": to, "tenant": tenant_id}, timeout=30)
    resp.raise_for_status()
    return {"sent": True}
