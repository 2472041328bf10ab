# SDK: wmill 1.850.0 client.py `_alloc_key`: keys follow call order; the helper returns a set of strings, which iterates in per-process hash order, so `notify_owner_2` can be another owner on replay.
from wmill import task, workflow


def owners_of(repos: list[dict]) -> set[str]:
    return {r["owner"] for r in repos if r.get("stale")}


@task()
async def notify_owner(owner: str) -> bool:
    return True


@workflow
async def main(repos: list[dict]):
    notified = 0
    for owner in owners_of(repos):  # expect: WAC105
        notified += await notify_owner(owner)
    return {"notified": notified}
