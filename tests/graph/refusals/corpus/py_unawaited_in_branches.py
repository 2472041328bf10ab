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
    if xs:
        t(1)
    elif len(xs) > 2:
        t(2)
    else:
        t(3)
    for x in xs:
        t(4)
    while xs:
        t(5)
    return 1
