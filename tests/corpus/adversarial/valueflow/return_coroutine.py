# SDK: wmill 1.850.0 client.py _run_workflow_async: `result = await func(...)` -> a task returned without await is a coroutine, not a result.
from wmill import task, workflow


@task()
async def validate(payload: dict) -> bool:
    return "id" in payload


@task()
async def store(payload: dict) -> str:
    return payload["id"]


@workflow
async def main(payload: dict):
    if not await validate(payload):
        return {"stored": False}
    return store(payload)  # expect: WAC106
