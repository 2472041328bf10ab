from wmill import task
from wmill import workflow as wf


@task
async def t(x: int) -> int:
    return x


@wf
async def main(x: int):
    return await t(x)
