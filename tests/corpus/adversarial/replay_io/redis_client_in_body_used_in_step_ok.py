# SDK: wmill 1.850.0 client.py step(): the INCR runs in the step; redis.Redis(...) only builds a client (redis-py connects on the first command).
import redis

from wmill import step, task, workflow


@task()
async def send_digest(user: str) -> bool:
    return True


@workflow
async def main(user: str, redis_url: str):
    cache = redis.Redis.from_url(redis_url)
    sent = await send_digest(user)
    if sent:
        await step("count_digest", lambda: int(cache.incr(f"digests:{user}")))
    return sent
