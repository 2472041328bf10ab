from wmill import task, workflow


@task
async def t(xs: list) -> str:
    return f"{'\n'.join(xs)}"


@workflow
async def main(xs: list):
    return await t(xs)
