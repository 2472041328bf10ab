# SDK: wmill 1.850.0 client.py: the owners are a sorted list inside the dict, which JSON carries as is.
from wmill import task, workflow


@task()
async def collect_owners(repos: list[dict]) -> dict:
    owners = sorted({r["owner"] for r in repos})
    return {"count": len(repos), "owners": owners}


@task()
async def notify_owner(owner: str) -> dict:
    return {"owner": owner, "notified": True}


@workflow
async def main(repos: list[dict]):
    summary = await collect_owners(repos)
    return [await notify_owner(o) for o in summary["owners"]]
