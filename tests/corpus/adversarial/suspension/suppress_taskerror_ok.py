# SDK: wmill 1.850.0 client.py: TaskError is an Exception; suppress(TaskError) lets _StepSuspend (a BaseException) through.
from contextlib import suppress

from wmill import TaskError, task, workflow


@task()
async def warm_cache(region: str) -> bool:
    return True


@workflow
async def main(regions: list[str]):
    for region in regions:
        with suppress(TaskError):
            await warm_cache(region)
    return {"regions": regions}
