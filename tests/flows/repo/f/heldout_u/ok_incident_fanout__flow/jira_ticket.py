import requests
import wmill


def main(title: str, severity: str, channel_id: str):
    jira = wmill.get_resource("f/ops/jira")
    r = requests.post(
        f"{jira['base_url']}/rest/api/3/issue",
        auth=(jira["email"], jira["token"]),
        json={
            "fields": {
                "project": {"key": "INC"},
                "issuetype": {"name": "Incident"},
                "summary": title,
                "labels": [severity, f"slack-{channel_id}"],
            }
        },
        timeout=20,
    )
    r.raise_for_status()
    return {"key": r.json()["key"]}
