# SDK: wmill 1.850.0 client.py: every round is a new process, so os.getpid() differs on each replay and the claim is made under an id the release never sees.
import os

from wmill import task, workflow


@task()
async def claim_batch(batch_id: str, claimant: str) -> bool:
    return True


@task()
async def process_batch(batch_id: str) -> int:
    return 0


@workflow
async def main(batch_id: str):
    claimant = f"wf-{os.getpid()}"  # expect: WAC102
    if await claim_batch(batch_id, claimant):
        return await process_batch(batch_id)
    return 0
