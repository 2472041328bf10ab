# SDK: wmill 1.850.0 client.py: the body reruns in every round; len() calls __len__, which asks Redis for the queue's length, so the branch follows live external state.
import redis
from wmill import task, workflow


class RedisQueue:
    def __init__(self, url: str, name: str) -> None:
        self.r = redis.Redis.from_url(url)
        self.name = name

    def __len__(self) -> int:
        return int(self.r.llen(self.name))


@task()
async def scale_workers(count: int) -> int:
    return count


@workflow
async def main(redis_url: str, queue: str = "jobs"):
    q = RedisQueue(redis_url, queue)
    backlog = len(q)  # expect: WAC101
    return await scale_workers(max(1, backlog // 100))
