from wmill import workflow, task

@task()
async def double(x: int) -> int:
    return x * 2

@workflow
async def main(a: int, b: str = "x"):
    return await double(a)
