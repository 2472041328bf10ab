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
    a = await t(1)
    await t(2)
    b = (await t(3))
    c, d = await asyncio.gather(t(4), t(5))
    return await t(6)
