# SDK: wmill 1.850.0 client.py: a task body runs once as its own job; the `requests.Session` subclass built and used inside the task sends its request there, never in the replayed body.
import requests
from wmill import task, workflow


class GithubApi(requests.Session):
    def __init__(self, token: str):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {token}"


@task()
async def fetch_issue(repo: str, number: int, token: str) -> dict:
    api = GithubApi(token)
    return api.get(f"https://api.github.com/repos/{repo}/issues/{number}").json()


@task()
async def triage(issue: dict) -> str:
    return "bug" if "error" in issue.get("title", "").lower() else "question"


@workflow
async def main(repo: str, number: int, token: str):
    issue = await fetch_issue(repo, number, token)
    return await triage(issue)
