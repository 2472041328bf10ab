# SDK: wmill 1.850.0 wmill/client.py defines task and workflow; `from wmill.client import ...` binds the same objects, so `t(x)` dispatches a task whose coroutine is dropped.
from wmill.client import task, workflow

@task()
async def t(x: int) -> int:
    return x

@workflow
async def main(x: int):
    t(x)  # expect: WAC106
    return 1
