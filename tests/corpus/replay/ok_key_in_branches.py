# One approval, with a longer window for big amounts.
from wmill import wait_for_approval, workflow


@workflow
async def main(amount: int):
    if amount > 1000:
        approval = await wait_for_approval(key="manager", timeout=86400)
    else:
        approval = await wait_for_approval(key="manager", timeout=3600)
    return approval
