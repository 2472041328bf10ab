from wmill import task, workflow


@task()
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int, times: int = 2):  # expect: WAC901
    return [await double(x) for _ in range(times)]
