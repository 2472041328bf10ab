# SDK: wmill 1.850.0 client.py _run_workflow_async returns the body's result: a stored, un-awaited task coroutine returned from the workflow is a coroutine, not the task's value.
from wmill import task, workflow
@task()
async def t(x: int) -> int:
    return x

@workflow
async def main(x: int):
    job = t(x)  # expect: WAC903
    return job  # expect: WAC106
