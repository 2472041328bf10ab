# SDK: wmill 1.850.0 client.py a task body runs once in its own job; the helper with a nested fetching function is only called from tasks, and the body calls only the pure formatter.
import httpx
from wmill import task, workflow


def github_client(token: str):
    def get(path: str) -> dict:
        return httpx.get(f"https://api.github.com{path}", headers={"Authorization": f"token {token}"}).json()

    def post(path: str, body: dict) -> dict:
        return httpx.post(f"https://api.github.com{path}", json=body, headers={"Authorization": f"token {token}"}).json()

    return get, post


def format_title(repo: str, count: int) -> str:
    return f"[{repo}] {count} stale branches"


@task()
async def stale_branches(repo: str, token: str) -> list:
    get, _ = github_client(token)
    return [b["name"] for b in get(f"/repos/{repo}/branches") if b.get("stale")]


@task()
async def open_issue(repo: str, token: str, title: str, body: str) -> int:
    _, post = github_client(token)
    return post(f"/repos/{repo}/issues", {"title": title, "body": body})["number"]


@workflow
async def main(repo: str, token: str):
    branches = await stale_branches(repo, token)
    if not branches:
        return {"issue": None}
    title = format_title(repo, len(branches))
    return {"issue": await open_issue(repo, token, title, "\n".join(branches))}
