# SDK: wmill 1.850.0 client.py _run_workflow_async catches `_StepSuspend`; a TaskGroup re-raises its tasks' suspensions inside a BaseExceptionGroup (run on Python 3.11: the first round fails instead of dispatching).
import asyncio

from wmill import task, workflow


@task()
async def resize_image(key: str, width: int) -> str:
    return f"{key}@{width}"


@workflow
async def main(keys: list[str], width: int = 800):
    async with asyncio.TaskGroup() as group:  # expect: WAC201
        jobs = [group.create_task(resize_image(k, width)) for k in keys]
    return [job.result() for job in jobs]
