"""Open a Jira ticket in the given project."""
import requests


def main(jira: dict, project: str, title: str, priority: int = 3, labels: list = None):
    payload = {
        "fields": {
            "project": {"key": project},
            "summary": title,
            "issuetype": {"name": "Task"},
            "priority": {"id": str(priority)},
            "labels": labels or [],
        }
    }
    r = requests.post(
        f"{jira['base_url']}/rest/api/3/issue",
        json=payload,
        auth=(jira["email"], jira["api_token"]),
        timeout=30,
    )
    r.raise_for_status()
    data = r.json()
    return {"key": data["key"], "url": f"{jira['base_url']}/browse/{data['key']}"}
