# SDK: wmill 1.850.0 client.py: contextlib.suppress(BaseException) swallows _StepSuspend like a bare except, so the task is never dispatched.
from contextlib import suppress

from wmill import task, workflow


@task()
async def warm_cache(region: str) -> bool:
    return True


@workflow
async def main(regions: list[str]):
    for region in regions:
        with suppress(BaseException):  # expect: WAC201
            await warm_cache(region)
    return {"regions": regions}
