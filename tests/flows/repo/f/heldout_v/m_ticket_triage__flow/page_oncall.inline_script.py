import requests


def main(pagerduty: dict, title: str, ticket_url: str):
    resp = requests.post(
        "https://events.pagerduty.com/v2/enqueue",
        json={
            "routing_key": pagerduty["routing_key"],
            "event_action": "trigger",
            "payload": {"summary": title, "source": "zendesk", "severity": "error"},
            "links": [{"href": ticket_url, "text": "Ticket"}],
        },
        timeout=20,
    )
    resp.raise_for_status()
    return {"incident_key": resp.json()["dedup_key"]}
