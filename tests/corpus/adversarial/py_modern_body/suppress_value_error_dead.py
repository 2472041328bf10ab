# SDK: wmill 1.850.0 client.py: the task's failure reaches the body as TaskError, so contextlib.suppress(ValueError) around the call never suppresses it and the workflow fails.
import contextlib

from wmill import task, workflow


@task()
async def enrich(lead_id: str) -> dict:
    raise ValueError(f"no data for {lead_id}")


@task()
async def save(lead_id: str, data: dict) -> str:
    return lead_id


@workflow
async def main(lead_id: str):
    data: dict = {}
    with contextlib.suppress(ValueError):  # expect: WAC204
        data = await enrich(lead_id)
    return await save(lead_id, data)
