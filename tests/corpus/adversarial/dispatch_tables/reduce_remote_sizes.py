# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `functools.reduce` calls `add_size` for every URL, and `add_size` sends a HEAD request each time.
from functools import reduce

import requests
from wmill import task, workflow


def add_size(total: int, url: str) -> int:
    return total + int(requests.head(url, timeout=5).headers.get("Content-Length", 0))


@task()
async def mirror(urls: list[str]) -> int:
    return len(urls)


@workflow
async def main(urls: list[str]):
    total = reduce(add_size, urls, 0)  # expect: WAC101
    if total > 10_000_000_000:
        return {"skipped": total}
    return {"mirrored": await mirror(urls)}
