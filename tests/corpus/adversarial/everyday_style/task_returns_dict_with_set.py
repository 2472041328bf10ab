# SDK: wmill 1.850.0 client.py: a task result crosses JSON with default=str, so the set inside the dict comes back as the string "{'a', 'b'}" and iterating it walks characters.
from wmill import task, workflow


@task()
async def collect_owners(repos: list[dict]) -> dict:
    owners = {r["owner"] for r in repos}
    return {"count": len(repos), "owners": owners}  # expect: WAC107


@task()
async def notify_owner(owner: str) -> dict:
    return {"owner": owner, "notified": True}


@workflow
async def main(repos: list[dict]):
    summary = await collect_owners(repos)
    return [await notify_owner(o) for o in summary["owners"]]
