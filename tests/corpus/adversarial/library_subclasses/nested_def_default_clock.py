# SDK: wmill 1.850.0 client.py: the body replays from the top; the nested `def` evaluates `now=time.time()` each time the body reaches it, so the age given to the task differs between replays.
import time

from wmill import task, workflow


@task()
async def expire(ids: list) -> int:
    return len(ids)


@workflow
async def main(tokens: list[dict], ttl: int = 3600):
    def stale(token: dict, now=time.time()) -> bool:  # expect: WAC102
        return now - token["created"] > ttl

    return await expire([t["id"] for t in tokens if stale(t)])
