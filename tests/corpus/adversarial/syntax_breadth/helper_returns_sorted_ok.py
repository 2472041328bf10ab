# SDK: wmill 1.850.0 client.py `_alloc_key`: keys follow call order; the helper sorts the owners, so the order is the same in every process.
from wmill import task, workflow


def owners_of(repos: list[dict]) -> list[str]:
    return sorted({r["owner"] for r in repos if r.get("stale")})


@task()
async def notify_owner(owner: str) -> bool:
    return True


@workflow
async def main(repos: list[dict]):
    notified = 0
    for owner in owners_of(repos):
        notified += await notify_owner(owner)
    return {"notified": notified}
