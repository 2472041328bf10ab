from wmill import task, workflow

from f.lib.calc import scale


@task()
async def fetch_values(n: int) -> list:
    return list(range(n))


@workflow
async def main(n: int, factor: float = 1.5):
    values = await fetch_values(n)
    return [scale(v, factor) for v in values]
