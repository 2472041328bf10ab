import wmill
import requests


def main(issues: list, project_key: str):
    if not issues:
        return {"posted": False, "count": 0}
    hook = wmill.get_variable("f/tracker/team_webhook")
    lines = [f"- {i['identifier']} {i['title']} ({i['url']})" for i in issues]
    text = f"{len(issues)} stale bugs in {project_key}:\n" + "\n".join(lines)
    requests.post(hook, json={"text": text}, timeout=15).raise_for_status()
    return {"posted": True, "count": len(issues)}
