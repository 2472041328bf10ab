# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException, so contextlib.suppress(BaseException) swallows the suspension of the task it wraps.
import contextlib
from wmill import task, workflow

@task()
async def t(x: int) -> int:
    return x

@workflow
async def main(x: int):
    with contextlib.suppress(BaseException):  # expect: WAC201
        await t(x)
    return 1
