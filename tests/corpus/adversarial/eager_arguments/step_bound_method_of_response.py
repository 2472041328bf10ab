# SDK: wmill 1.850.0 client.py step(name, fn) calls fn only when not checkpointed; here the argument `requests.get(url).json` is evaluated in the body first, so the GET runs in every round and only .json is deferred.
import requests
from wmill import step, task, workflow


@task()
async def store(rows: list) -> int:
    return len(rows)


@workflow
async def main(feed_url: str):
    rows = await step("fetch_feed", requests.get(feed_url, timeout=10).json)  # expect: WAC101
    return await store(rows)
