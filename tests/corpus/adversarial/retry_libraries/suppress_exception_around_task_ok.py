# SDK: wmill 1.850.0 client.py: _StepSuspend derives from BaseException, so contextlib.suppress(Exception) lets it through; only the task's TaskError is suppressed, the same way in every replay.
import contextlib

from wmill import task, workflow


@task()
async def warm_cache(region: str) -> int:
    return 120


@task()
async def rebuild_index(region: str) -> int:
    return 9


@workflow
async def main(region: str):
    warmed = 0
    with contextlib.suppress(Exception):
        warmed = await warm_cache(region)
    return {"warmed": warmed, "docs": await rebuild_index(region)}
