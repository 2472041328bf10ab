import requests
import wmill


def main(project: str, title: str):
    api = wmill.get_resource("f/heldout_aa/jira_create_issue_api")
    resp = requests.post(api["url"], json={"project": project, "title": title}, timeout=30)
    resp.raise_for_status()
    return {"key": resp.json()["key"]}
