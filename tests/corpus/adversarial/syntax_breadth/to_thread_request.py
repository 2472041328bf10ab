# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `asyncio.to_thread` runs the request on a thread of the same round, still outside any task or step.
import asyncio

import requests
from wmill import task, workflow


@task()
async def parse_feed(xml: str) -> list[dict]:
    return []


@workflow
async def main(feed_url: str):
    resp = await asyncio.to_thread(requests.get, feed_url, timeout=30)  # expect: WAC101
    return await parse_feed(resp.text)
