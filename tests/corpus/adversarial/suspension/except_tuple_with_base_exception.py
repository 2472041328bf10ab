# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException, so a tuple that includes BaseException catches it.
from wmill import task, workflow

@task()
async def t(x: int) -> int:
    return x

@workflow
async def main(x: int):
    try:
        return await t(x)
    except (ValueError, BaseException):  # expect: WAC201
        return 0
