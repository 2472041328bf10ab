# The requester must not approve their own expense.
from wmill import wait_for_approval, workflow


@workflow
async def main(amount: int):
    return await wait_for_approval(timeout=3600, self_approval=False)  # expect: WAC305
