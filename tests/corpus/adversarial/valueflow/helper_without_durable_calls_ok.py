# SDK: wmill 1.850.0 client.py: an un-awaited async helper that runs no task, step, sleep or approval loses no durable work (WAC106 is about durable calls only).
from wmill import task, workflow

@task()
async def t(x: int) -> int:
    return x

async def log(x):
    print(x)

@workflow
async def main(x: int):
    log(x)
    return await t(x)
