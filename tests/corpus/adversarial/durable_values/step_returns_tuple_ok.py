# SDK: wmill 1.850.0 client.py step() docstring: "a tuple as a list" — a list of two unpacks the same, so the destructuring works on every replay.
import random

from wmill import step, task, workflow


@task()
async def assign(shard: int, replica: int) -> str:
    return f"{shard}/{replica}"


@workflow
async def main():
    shard, replica = await step("placement", lambda: (random.randrange(16), random.randrange(3)))
    return await assign(shard, replica)
