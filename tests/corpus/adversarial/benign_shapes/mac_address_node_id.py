# SDK: wmill 1.850.0 client.py: the body re-runs on every replay, possibly on another worker; `uuid.getnode()` is this machine's hardware address, so the shard it picks can change between rounds.
import uuid

from wmill import task, workflow


@task()
async def claim(shard: int, job: str) -> str:
    return f"{job}@{shard}"


@workflow
async def main(job: str, shards: int = 8):
    shard = uuid.getnode() % shards  # expect: WAC102
    return await claim(shard, job)
