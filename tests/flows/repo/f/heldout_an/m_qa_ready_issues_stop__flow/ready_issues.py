import wmill
import requests


def main(project: str):
    jira = wmill.get_resource("f/heldout_an/jira")
    r = requests.get(
        f"{jira['url']}/rest/api/3/search",
        params={"jql": f"project = {project} AND status = 'Ready for QA'", "maxResults": 100},
        auth=(jira["email"], jira["token"]),
        timeout=30,
    )
    r.raise_for_status()
    issues = r.json()["issues"]
    return {"project": project, "count": len(issues), "keys": [i["key"] for i in issues]}
