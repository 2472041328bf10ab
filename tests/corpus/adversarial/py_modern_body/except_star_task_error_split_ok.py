# SDK: wmill 1.850.0 client.py: when gather's tasks fail, the body gets a TaskError; `except* TaskError` takes it (a plain exception is wrapped in a group for except*), and the _StepSuspend, matching nothing, is re-raised unchanged.
import asyncio
import logging

from wmill import TaskError, task, workflow

log = logging.getLogger("fanout")


@task()
async def resize(image: str) -> str:
    return image


@workflow
async def main(images: list[str]):
    done: list[str] = []
    failed = False
    try:
        done = list(await asyncio.gather(*(resize(i) for i in images)))
    except* TaskError as group:
        failed = True
        for exc in group.exceptions:
            log.warning("resize failed: %s", exc)
    return {"done": done, "failed": failed}
