# SDK: wmill 1.850.0 client.py: TaskError is an Exception subclass and the _StepSuspend a BaseException, so suppress(TaskError) skips only the failed enrichment.
import contextlib

from wmill import TaskError, task, workflow


@task()
async def enrich(lead_id: str) -> dict:
    raise ValueError(f"no data for {lead_id}")


@task()
async def save(lead_id: str, data: dict) -> str:
    return lead_id


@workflow
async def main(lead_id: str):
    data: dict = {}
    with contextlib.suppress(TaskError):
        data = await enrich(lead_id)
    return await save(lead_id, data)
