# SDK: wmill 1.850.0 client.py: a task runs once in its own job; the context-managed Redis connection is opened and used only there.
from contextlib import contextmanager
from typing import Iterator

import redis
from wmill import task, workflow


@contextmanager
def cache(url: str) -> Iterator[redis.Redis]:
    conn = redis.Redis.from_url(url)
    try:
        yield conn
    finally:
        conn.close()


@task()
async def remember(url: str, user: str, plan: str) -> bool:
    with cache(url) as r:
        r.hset(f"user:{user}", mapping={"plan": plan})
    return True


@workflow
async def main(url: str, user: str, plan: str):
    return await remember(url, user, plan)
