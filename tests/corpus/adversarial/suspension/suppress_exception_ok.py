# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException, not Exception, so suppress(Exception) lets the suspension through.
from contextlib import suppress
from wmill import task, workflow

@task()
async def t(x: int) -> int:
    return x

@workflow
async def main(x: int):
    with suppress(Exception):
        await t(x)
    return 1
