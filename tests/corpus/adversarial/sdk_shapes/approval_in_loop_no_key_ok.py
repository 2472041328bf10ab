# SDK: wmill 1.850.0 client.py _wait_for_approval: without a key approvals are numbered approval, approval_2, ..., so a loop of them is fine.
from wmill import wait_for_approval, workflow


@workflow
async def main(approvers: list[str]):
    votes = 0
    for _ in approvers:
        decision = await wait_for_approval(timeout=86400)
        votes += 1 if decision["approved"] else 0
    return votes >= len(approvers) // 2 + 1
