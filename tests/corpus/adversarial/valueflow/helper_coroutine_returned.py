# SDK: wmill 1.850.0 client.py _run_workflow_async returns the body's result: returning an un-awaited async helper returns a coroutine, and the tasks it would await never run.
from wmill import task, workflow

@task()
async def t(x: int) -> int:
    return x

async def run(x):
    return await t(x)

@workflow
async def main(x: int):
    return run(x)  # expect: WAC106
