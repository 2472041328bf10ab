from f.common.timing import passthrough, timed
from wmill import task, workflow


@timed
@task()
async def load(n: int) -> list:
    return list(range(n))


@task()
@timed
async def load_inside(n: int) -> list:
    return list(range(n))


@passthrough
@task()
async def load_plain(n: int) -> list:
    return list(range(n))


@workflow
async def main(n: int):
    a = await load(n)  # expect: WAC102
    b = await load_inside(n)
    c = await load_plain(n)
    return [a, b, c]
