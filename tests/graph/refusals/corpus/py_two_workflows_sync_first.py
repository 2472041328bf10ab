from wmill import task, workflow


@task
async def t(x: int) -> int:
    return x


@workflow
def helper():
    pass


@workflow
async def main(x: int):
    t(x)
    return 1
