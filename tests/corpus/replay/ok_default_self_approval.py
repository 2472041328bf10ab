# Any approver, the requester included.
from wmill import wait_for_approval, workflow


@workflow
async def main(amount: int):
    return await wait_for_approval(timeout=3600, self_approval=True, skin="minimal")
