import requests
import wmill


def main(lock_id: str, message: str, urgent: bool = False):
    pager = wmill.get_resource("f/canal_ops/pager")
    resp = requests.post(
        pager["url"],
        json={"to": f"lock-{lock_id}", "text": message, "priority": "high" if urgent else "normal"},
        headers={"Authorization": f"Bearer {pager['token']}"},
        timeout=15,
    )
    resp.raise_for_status()
    return {"delivered": True, "lock_id": lock_id}
