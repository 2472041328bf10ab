# SDK: wmill 1.850.0 client.py task(_func=None, *, ...): `@task` without parentheses passes the function as _func and works like `@task()`.
from wmill import task, workflow


@task
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int = 2):
    return await double(x)
