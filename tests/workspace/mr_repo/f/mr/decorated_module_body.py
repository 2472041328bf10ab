from f.common import timing
from wmill import task, workflow


@timing.timed
def summarize(rows: list) -> int:
    return len(rows)


@task()
async def load(n: int) -> list:
    return list(range(n))


@workflow
async def main(n: int):
    rows = await load(n)
    return summarize(rows)  # expect: WAC102
