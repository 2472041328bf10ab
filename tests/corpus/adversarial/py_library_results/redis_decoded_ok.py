# SDK: wmill 1.850.0 client.py: with decode_responses=True redis-py returns str, which survives the task's JSON round trip.
import redis
from wmill import task, workflow


@task()
async def last_cursor(stream: str) -> str | None:
    r = redis.Redis.from_url("redis://cache.internal:6379/0", decode_responses=True)
    return r.get(f"cursor:{stream}")


@task()
async def consume_from(stream: str, cursor: str) -> int:
    return len(cursor)


@workflow
async def main(stream: str):
    cursor = await last_cursor(stream)
    return await consume_from(stream, cursor or "0-0")
