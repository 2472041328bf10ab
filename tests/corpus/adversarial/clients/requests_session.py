# SDK: wmill 1.850.0 client.py: the @workflow body re-runs after each suspension; a Session request there repeats.
import requests
from wmill import task, workflow

session = requests.Session()
session.headers.update({"Authorization": "Bearer ${GITHUB_TOKEN}"})


@task()
async def list_stale_branches(repo: str) -> list[str]:
    resp = session.get(f"https://api.github.example.com/repos/{repo}/branches?stale=true")
    return [b["name"] for b in resp.json()]


@task()
async def delete_branch(repo: str, branch: str) -> bool:
    return session.delete(f"https://api.github.example.com/repos/{repo}/git/refs/heads/{branch}").ok


@workflow
async def main(repo: str, dry_run: bool = True):
    stale = await list_stale_branches(repo)
    if dry_run:
        session.post(f"https://api.github.example.com/repos/{repo}/issues", json={"title": f"{len(stale)} stale branches"})  # expect: WAC101
        return {"would_delete": stale}
    deleted = [b for b in stale if await delete_branch(repo, b)]
    return {"deleted": deleted}
