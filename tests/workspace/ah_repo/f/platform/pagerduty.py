import requests
import wmill

PD_API = "https://api.pagerduty.com"


def build_page(service: str, summary: str, severity: str = "critical") -> dict:
    """The Events v2 payload for a page. Builds a dict only; sends nothing."""
    return {
        "routing_key": "{{routing_key}}",
        "event_action": "trigger",
        "payload": {"summary": summary[:1024], "source": service, "severity": severity},
    }


def fetch_escalation_level(policy: dict, level: int) -> list[str]:
    """Pick the user ids of one level of an escalation policy already loaded."""
    rules = policy.get("escalation_rules", [])
    if level >= len(rules):
        return []
    return [t["id"] for t in rules[level]["targets"]]


class PagerDuty:
    def __init__(self, token: str):
        self.session = requests.Session()
        self.session.headers["Authorization"] = f"Token token={token}"

    def on_call(self, schedule_id: str) -> list[str]:
        resp = self.session.get(f"{PD_API}/oncalls", params={"schedule_ids[]": schedule_id})
        resp.raise_for_status()
        return [o["user"]["summary"] for o in resp.json()["oncalls"]]

    def trigger(self, page: dict) -> str:
        resp = self.session.post("https://events.pagerduty.com/v2/enqueue", json=page)
        return resp.json()["dedup_key"]


def client() -> PagerDuty:
    return PagerDuty(wmill.get_variable("f/platform/pagerduty_token"))
