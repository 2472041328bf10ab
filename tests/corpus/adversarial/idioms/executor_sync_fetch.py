# SDK: wmill 1.850.0 client.py: the body re-runs from the top; `run_in_executor(None, fetch_sync, url)` runs the blocking `requests.get` on a thread, still in the body, on every replay.
import asyncio

import requests
from wmill import task, workflow


def fetch_sync(url: str) -> dict:
    return requests.get(url, timeout=10).json()


@task()
async def store(doc: dict) -> str:
    return doc.get("id", "")


@workflow
async def main(url: str):
    loop = asyncio.get_running_loop()
    doc = await loop.run_in_executor(None, fetch_sync, url)  # expect: WAC101
    return await store(doc)
