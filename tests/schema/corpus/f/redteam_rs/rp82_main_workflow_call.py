from wmill import workflow, task

@task()
async def t(x: int) -> int:
    return x

async def run(a: int = 1, b: list[str] = []):
    return await t(a)

main = workflow(run)
