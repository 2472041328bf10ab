# SDK: wmill 1.850.0 client.py step(name, fn) calls fn once and checkpoints its JSON result; the lambda defers the GET into the step, and functools.partial defers it too.
import functools

import requests
from wmill import step, task, workflow


def fetch_json(url: str, timeout: int = 10) -> list:
    return requests.get(url, timeout=timeout).json()


@task()
async def store(rows: list, extra: list) -> int:
    return len(rows) + len(extra)


@workflow
async def main(feed_url: str, extra_url: str):
    rows = await step("fetch_feed", lambda: requests.get(feed_url, timeout=10).json())
    extra = await step("fetch_extra", functools.partial(fetch_json, extra_url, timeout=5))
    return await store(rows, extra)
