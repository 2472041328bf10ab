# SDK: wmill 1.850.0 client.py task(): clock reads, random jitter and prints inside a task body run once per dispatch.
import random
import time
from datetime import datetime, timezone

from wmill import task, workflow


@task()
async def poll(url: str) -> dict:
    started = datetime.now(timezone.utc)
    time.sleep(random.uniform(0.1, 0.5))
    print(f"polled {url} at {started.isoformat()}")
    return {"url": url, "at": started.isoformat()}


@workflow
async def main(urls: list[str]):
    return [await poll(u) for u in urls]
