from wmill import task, workflow


@task
async def t(x: dict) -> str:
    return f"{len(
        x
    )} keys"


@workflow
async def main(x: dict):
    return await t(x)
