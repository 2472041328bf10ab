# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `Cache` is an alias of `redis.Redis`, so the helper's `hset` on its `Cache` parameter writes to Redis each round.
from typing import TypeAlias

import redis
from wmill import task, workflow

Cache: TypeAlias = redis.Redis
POOLS: dict = {}


def remember(cache: Cache, user: str, plan: str) -> None:
    cache.hset(f"user:{user}", mapping={"plan": plan})


@task()
async def upgrade(user: str) -> str:
    return "pro"


@workflow
async def main(user: str):
    plan = await upgrade(user)
    remember(POOLS["main"], user, plan)  # expect: WAC101
    return plan
