# SDK: wmill 1.850.0 client.py WorkflowCtx._wait_for_approval raises 'WAC step key "finance" is already used' when an explicit key is given twice.
from wmill import task, wait_for_approval, workflow


@task()
async def book(amount: float) -> str:
    return "booked"


@workflow
async def main(amount: float):
    first = await wait_for_approval(key="finance", timeout=3600)
    if first["approved"] and amount > 10_000:
        second = await wait_for_approval(key="finance", timeout=3600)  # expect: WAC303
        if not second["approved"]:
            return "rejected"
    return await book(amount)
