# SDK: wmill 1.850.0 client.py task() docstring: "a datetime comes back as a string"; isinstance(..., datetime) on the result is never true.
from datetime import datetime

from wmill import task, workflow


@task()
async def last_sync(source: str) -> str:
    return "2024-05-01T00:00:00"


@task()
async def sync(source: str, since: str) -> int:
    return 0


@workflow
async def main(source: str):
    since = await last_sync(source)
    if isinstance(since, datetime):  # expect: WAC107
        since = since.isoformat()
    return await sync(source, since)
