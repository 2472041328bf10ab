# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `random.Random()` without a seed draws from the OS each round, so the sampled accounts (and the task keys' arguments) change.
import random

from wmill import task, workflow


@task()
async def audit(account: str) -> dict:
    return {"account": account, "ok": True}


@workflow
async def main(accounts: list[str]):
    rng = random.Random()  # expect: WAC102
    picked = rng.sample(accounts, k=min(3, len(accounts)))
    return [await audit(a) for a in picked]
