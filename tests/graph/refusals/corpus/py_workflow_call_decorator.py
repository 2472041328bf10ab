from wmill import task, workflow


@task
async def t(x: int) -> int:
    return x


@workflow()
async def main(x: int):
    return await t(x)
