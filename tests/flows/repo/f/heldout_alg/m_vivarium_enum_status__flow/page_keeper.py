import wmill
import requests


def main(room: str, tanks: list):
    pd = wmill.get_resource("f/vivarium/pagerduty")
    requests.post(
        "https://events.pagerduty.com/v2/enqueue",
        json={
            "routing_key": pd["routing_key"],
            "event_action": "trigger",
            "payload": {"summary": f"{room}: tanks out of range {tanks}", "severity": "warning", "source": room},
        },
        timeout=15,
    ).raise_for_status()
    return {"paged": True}
