# SDK: wmill 1.850.0 client.py _run_inline_step: the owner is minted once in a step and replayed, so acquire and release use the same value on every round.
import uuid

from wmill import step, task, workflow


@task()
async def acquire_lock(lock: str, owner: str) -> bool:
    return True


@task()
async def release_lock(lock: str, owner: str) -> bool:
    return True


@task()
async def rebuild_index(lock: str) -> int:
    return 0


@workflow
async def main(index: str):
    owner = await step("lock_owner", lambda: f"reindex-{uuid.uuid4()}")
    await acquire_lock(index, owner)
    docs = await rebuild_index(index)
    await release_lock(index, owner)
    return {"index": index, "docs": docs}
