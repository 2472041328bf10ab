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
    rs = [await t(x) for x in xs]
    more = {x: await t(x) for x in xs}
    return await asyncio.gather(*[t(x) for x in rs + list(more)])
