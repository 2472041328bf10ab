import requests
import wmill


def main(account_id: str, reason: str, notify_customer: bool = False):
    core = wmill.get_resource("f/ops/core_banking")
    resp = requests.post(
        f"{core['base_url']}/accounts/{account_id}/freeze",
        json={"reason": reason, "notify": notify_customer},
        headers={"Authorization": f"Bearer {core['token']}"},
        timeout=30,
    )
    resp.raise_for_status()
    return {"account_id": account_id, "frozen": True}
