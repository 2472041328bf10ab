# SDK: wmill 1.850.0 client.py replays the body in a fresh process; numpy's global generator is seeded from the OS each time, so the audited accounts change.
import numpy as np
from wmill import task, workflow


@task()
async def list_accounts(plan: str) -> list:
    return [f"acct-{i}" for i in range(20)]


@task()
async def audit(account: str) -> bool:
    return True


@workflow
async def main(plan: str):
    accounts = await list_accounts(plan)
    order = np.random.permutation(len(accounts)).tolist()  # expect: WAC102
    sample = [accounts[i] for i in order[:5]]
    return [await audit(a) for a in sample]
