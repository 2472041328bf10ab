# A plain script the escalation workflows dispatch by path.
import requests


def main(team: str, summary: str, urgency: str = "high") -> str:
    resp = requests.post(
        "https://pager.fieldops.example/api/incidents",
        json={"team": team, "summary": summary, "urgency": urgency},
        timeout=10,
    )
    resp.raise_for_status()
    return resp.json()["incident_key"]
