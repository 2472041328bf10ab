# SDK: wmill 1.850.0 task results round-trip through JSON: a TypedDict is a plain dict of str keys, and the lease expiry is returned as an ISO string
from datetime import datetime, timedelta, timezone
from typing import NotRequired, TypedDict

from wmill import sleep, task, workflow

type Iso = str


class Lease(TypedDict):
    holder: str
    expires: Iso
    renewals: NotRequired[int]


@task()
async def acquire(resource: str, holder: str, ttl_s: int) -> Lease:
    import redis

    r = redis.Redis(host="locks.internal", decode_responses=True)
    if not r.set(f"lease:{resource}", holder, nx=True, ex=ttl_s):
        raise RuntimeError(f"{resource} is held")
    expires = datetime.now(timezone.utc) + timedelta(seconds=ttl_s)
    return Lease(holder=holder, expires=expires.isoformat())


@task()
async def migrate_shard(resource: str, shard: int) -> int:
    import psycopg

    with psycopg.connect("postgresql://migrator@db/app") as conn:
        return conn.execute("select migrate_shard(%s)", (shard,)).fetchone()[0]


@task()
async def release(resource: str, holder: str) -> None:
    import redis

    r = redis.Redis(host="locks.internal", decode_responses=True)
    if r.get(f"lease:{resource}") == holder:
        r.delete(f"lease:{resource}")


@workflow
async def main(resource: str, shards: list[int], holder: str = "wac-migrator"):
    lease = await acquire(resource, holder, 3600)
    moved = 0
    for shard in shards:
        moved += await migrate_shard(resource, shard)
        await sleep(5)
    await release(resource, lease["holder"])
    return {"moved": moved, "lease_expired_at": lease["expires"]}
