# SDK: wmill 1.850.0 client.py: `except* Exception` does not match a _StepSuspend (a BaseException), which propagates unchanged; TaskError(Exception) failures of the gathered tasks are handled.
import asyncio

from wmill import task, workflow


@task()
async def resize(key: str) -> str:
    return key


@workflow
async def main(keys: list[str]):
    failed = 0
    done: list[str] = []
    try:
        done = await asyncio.gather(*(resize(k) for k in keys))
    except* Exception as group:
        failed = len(group.exceptions)
    return {"resized": done, "failed": failed}
