# SDK: wmill 1.850.0 client.py: asyncio.to_thread runs requests.get from the @workflow body, again on every replay round.
import asyncio

import requests
from wmill import task, workflow


@task()
async def record_status(url: str, status: int) -> str:
    return f"{url}: {status}"


@workflow
async def main(url: str):
    resp = await asyncio.to_thread(requests.get, url, timeout=10)  # expect: WAC101
    return await record_status(url, resp.status_code)
