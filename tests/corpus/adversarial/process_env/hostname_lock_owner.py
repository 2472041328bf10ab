# SDK: wmill 1.850.0 client.py: the rounds of one workflow may run on different workers; the host name read in the body differs between them, so the lock is taken and released under different owners.
import socket

from wmill import task, workflow


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
    owner = socket.gethostname()  # expect: WAC102
    await acquire_lock(index, owner)
    docs = await rebuild_index(index)
    await release_lock(index, owner)
    return {"index": index, "docs": docs}
