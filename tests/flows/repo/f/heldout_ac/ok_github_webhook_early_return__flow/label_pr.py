import wmill
import requests


def main(repo: str, number: int, files: list[str]):
    token = wmill.get_variable("f/devops/github_token")
    labels = set()
    for f in files:
        if f.startswith("docs/"):
            labels.add("documentation")
        elif f.endswith((".sql", ".prisma")):
            labels.add("migration")
        elif f.startswith(".github/"):
            labels.add("ci")
    if labels:
        requests.post(
            f"https://api.github.com/repos/{repo}/issues/{number}/labels",
            headers={"Authorization": f"Bearer {token}", "Accept": "application/vnd.github+json"},
            json={"labels": sorted(labels)},
            timeout=20,
        ).raise_for_status()
    return sorted(labels)
