# SDK: wmill 1.850.0: a task call not in the checkpoint raises _StepSuspend; a finally that calls a task while it unwinds raises a new suspension that replaces the first (_suspend clears _pending)
"""Nightly index rebuild holding a distributed lease taken and released by tasks."""
from contextlib import asynccontextmanager

from wmill import task, workflow


@task()
async def acquire_lease(lease_name: str, ttl: int) -> str:
    import redis
    import wmill

    r = redis.Redis.from_url(wmill.get_variable("f/infra/redis_url"))
    if not r.set(f"lease:{lease_name}", "held", nx=True, ex=ttl):
        raise RuntimeError(f"lease {lease_name} is held")
    return lease_name


@task()
async def release_lease(lease_name: str) -> None:
    import redis
    import wmill

    redis.Redis.from_url(wmill.get_variable("f/infra/redis_url")).delete(f"lease:{lease_name}")


@task()
async def rebuild_shard(index: str, shard: int) -> int:
    import httpx

    r = httpx.post(f"https://search.internal.example/{index}/_rebuild", params={"shard": shard}, timeout=600)
    return r.json()["docs"]


@asynccontextmanager
async def lease(name: str, ttl: int = 3600):
    token = await acquire_lease(name, ttl)
    try:
        yield token
    finally:
        await release_lease(name)


@workflow
async def main(index: str, shards: int = 4):
    docs = 0
    async with lease(f"rebuild-{index}"):  # expect: WAC203
        for shard in range(shards):
            docs += await rebuild_shard(index, shard)
    return {"index": index, "docs": docs}
