# SDK: wmill 1.850.0: tasks awaited in sequence are dispatched one per round; TaskError is raised for a failed task
"""Nightly index rebuild: the lease is taken and released by tasks awaited in order, released again on a task failure."""
from wmill import TaskError, task, workflow


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


@workflow
async def main(index: str, shards: int = 4):
    name = f"rebuild-{index}"
    await acquire_lease(name, 3600)
    docs = 0
    try:
        for shard in range(shards):
            docs += await rebuild_shard(index, shard)
    except TaskError:
        await release_lease(name)
        raise
    await release_lease(name)
    return {"index": index, "docs": docs}
