"""Close a lift in the operations system and post the closure to the lift board."""

from typing import Optional

import requests


def main(lift_id: str, reason: str, until: Optional[str] = None, notify_patrol: bool = True):
    payload = {"lift": lift_id, "reason": reason, "until": until}
    resp = requests.post("https://ops.resort.example/api/closures", json=payload, timeout=20)
    resp.raise_for_status()
    if notify_patrol:
        requests.post("https://ops.resort.example/api/patrol/notify", json=payload, timeout=20)
    return resp.json()
