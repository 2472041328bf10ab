from wmill import task, workflow


@task()
async def double(n: int) -> int:
    return n * 2


@workflow
async def main(n: int = 2):
    return await double(n=n)
