# SDK: wmill 1.850.0 client.py: `suppress(BaseException)` (imported from contextlib) returns True from __exit__ for the _StepSuspend, so the workflow cannot suspend inside it.
from contextlib import suppress

from wmill import task, workflow


@task()
async def warm_cdn(path: str) -> bool:
    return True


@workflow
async def main(paths: list[str]):
    warmed = 0
    for path in paths:
        with suppress(BaseException):  # expect: WAC201
            if await warm_cdn(path):
                warmed += 1
    return {"warmed": warmed}
