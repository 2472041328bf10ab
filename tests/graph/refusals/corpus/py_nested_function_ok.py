from wmill import task, workflow, step, sleep, task_script, task_flow
import asyncio


@task
async def t(x: int) -> int:
    return x


@task
def sync_task(x: int) -> int:
    return x


ts = task_script("f/a/b")
tf = task_flow("f/a/c")


@workflow
async def main(xs: list):
    async def go(x):
        await t(x)
        return await t(x)

    f = lambda x: t(x)
    await go(1)
    return await f(2)
