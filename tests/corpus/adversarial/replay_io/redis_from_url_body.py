# SDK: wmill 1.850.0 client.py workflow(): a redis INCR in the body counts once per replay, not once per run.
import redis

from wmill import task, workflow

cache = redis.Redis.from_url("redis://cache:6379/0")


@task()
async def send_digest(user: str) -> bool:
    return True


@workflow
async def main(user: str):
    sent = await send_digest(user)
    if sent:
        cache.incr(f"digests:{user}")  # expect: WAC101
    return sent
