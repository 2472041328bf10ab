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
    p: int = t(1)
    n = 0
    n += t(2)
    a, b = t(3), t(4)
    r = t(5) if xs else None
    with open("x") as fh:
        t(6)
    async for x in xs:
        t(7)
    match xs:
        case _:
            t(8)
    for x in xs:
        pass
    else:
        t(9)
    while xs:
        await t(0)
    else:
        t(10)
    try:
        await t(0)
    except Exception:
        pass
    else:
        t(11)
    sync_task(12)
    return t(13)
