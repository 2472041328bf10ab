from typing import Literal

import requests
import wmill


def main(service: str, summary: str, severity: Literal["info", "warning", "critical"] = "warning"):
    key = wmill.get_variable("f/heldout_am/pagerduty_routing_key")
    event = {
        "routing_key": key,
        "event_action": "trigger",
        "payload": {"summary": summary, "source": service, "severity": severity},
    }
    resp = requests.post("https://events.pagerduty.com/v2/enqueue", json=event, timeout=10)
    resp.raise_for_status()
    return {"dedup_key": resp.json()["dedup_key"]}
