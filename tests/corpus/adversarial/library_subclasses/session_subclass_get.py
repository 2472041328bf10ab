# SDK: wmill 1.850.0 client.py: `@workflow` re-runs the body from the top after every task; `GithubApi` inherits `get` from `requests.Session`, so `api.get(...)` in the body sends the request again on each replay.
import requests
from wmill import task, workflow


class GithubApi(requests.Session):
    def __init__(self, token: str):
        super().__init__()
        self.headers["Authorization"] = f"Bearer {token}"


@task()
async def triage(issue: dict) -> str:
    return "bug" if "error" in issue.get("title", "").lower() else "question"


@workflow
async def main(repo: str, number: int, token: str):
    api = GithubApi(token)
    issue = api.get(f"https://api.github.com/repos/{repo}/issues/{number}").json()  # expect: WAC101
    return await triage(issue)
