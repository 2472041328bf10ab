# SDK: wmill 1.850.0 client.py workflow(): an aiohttp POST in the body is sent again on each replay after the task.
import aiohttp

from wmill import task, workflow


@task()
async def build_payload(event: str) -> dict:
    return {"event": event}


@workflow
async def main(event: str, hook: str):
    payload = await build_payload(event)
    async with aiohttp.ClientSession() as session:
        resp = await session.post(hook, json=payload)  # expect: WAC101
        status = resp.status
    return status
