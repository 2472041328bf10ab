# SDK: wmill 1.850.0 client.py: a task runs once in its own job; the same Redis-backed __len__ called inside the task is checkpointed with the task's result.
import redis
from wmill import task, workflow


class RedisQueue:
    def __init__(self, url: str, name: str) -> None:
        self.r = redis.Redis.from_url(url)
        self.name = name

    def __len__(self) -> int:
        return int(self.r.llen(self.name))


@task()
async def backlog(redis_url: str, queue: str) -> int:
    return len(RedisQueue(redis_url, queue))


@task()
async def scale_workers(count: int) -> int:
    return count


@workflow
async def main(redis_url: str, queue: str = "jobs"):
    size = await backlog(redis_url, queue)
    return await scale_workers(max(1, size // 100))
