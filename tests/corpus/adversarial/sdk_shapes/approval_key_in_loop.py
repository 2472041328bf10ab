# SDK: wmill 1.850.0 client.py WorkflowCtx._wait_for_approval: the second pass of the loop renumbers the explicit key and raises 'WAC step key "reviewer" is already used'.
from wmill import wait_for_approval, workflow


@workflow
async def main(reviewers: list[str]):
    approvals = 0
    for _ in reviewers:
        decision = await wait_for_approval(key="reviewer", timeout=86400)  # expect: WAC303
        approvals += 1 if decision["approved"] else 0
    return approvals
