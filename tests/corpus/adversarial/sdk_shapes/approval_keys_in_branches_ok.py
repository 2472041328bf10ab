# SDK: wmill 1.850.0 client.py _wait_for_approval: only one branch runs per execution, so one literal key in each branch is allocated once.
from wmill import task, wait_for_approval, workflow


@task()
async def book(amount: float) -> str:
    return "booked"


@workflow
async def main(amount: float):
    if amount > 10_000:
        decision = await wait_for_approval(key="cfo", timeout=7200)
    else:
        decision = await wait_for_approval(key="manager", timeout=3600)
    if not decision["approved"]:
        return "rejected"
    return await book(amount)
