import wmill


@wmill.task
async def t(x: int) -> int:
    return x


@wmill.workflow
async def main(x: int):
    return await t(x)
