# SDK: wmill 1.850.0 client.py: tasks are gathered (the suspension propagates as is); the TaskGroup only runs local coroutines that never reach the SDK.
import asyncio

from wmill import task, workflow


@task()
async def resize_image(key: str, width: int) -> str:
    return f"{key}@{width}"


async def checksum(text: str) -> int:
    return sum(map(ord, text)) % 997


@workflow
async def main(keys: list[str], width: int = 800):
    urls = await asyncio.gather(*(resize_image(k, width) for k in keys))
    async with asyncio.TaskGroup() as group:
        sums = [group.create_task(checksum(u)) for u in urls]
    return {"urls": urls, "checksums": [s.result() for s in sums]}
