# SDK: wmill 1.850.0 client.py: redis-py returns bytes unless the client is built with decode_responses=True, and json.dumps(default=str) writes bytes as "b'...'", so the cursor the body passes on is the repr.
import redis
from wmill import task, workflow


@task()
async def last_cursor(stream: str):
    r = redis.Redis.from_url("redis://cache.internal:6379/0")
    return r.get(f"cursor:{stream}")  # expect: WAC107


@task()
async def consume_from(stream: str, cursor: str) -> int:
    return len(cursor)


@workflow
async def main(stream: str):
    cursor = await last_cursor(stream)
    return await consume_from(stream, cursor or "0-0")
