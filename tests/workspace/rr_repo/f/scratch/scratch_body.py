import random

from wmill import task, workflow


@task()
async def pick(n: int) -> int:
    return n


@workflow
async def main():
    return await pick(n=random.randint(1, 6))  # expect: WAC102
