# SDK: wmill 1.850.0 client.py step(): an async function passed by reference runs once in the step (its coroutine is awaited), the result checkpointed.
import httpx

from wmill import step, task, workflow


async def current_status(url: str) -> int:
    async with httpx.AsyncClient(timeout=5) as client:
        return (await client.get(url)).status_code


@task()
async def record(status: int) -> bool:
    return status < 500


@workflow
async def main(url: str):
    status = await step("status", lambda: current_status(url))
    return await record(status)
