# SDK: wmill 1.850.0 client.py: asyncio.wait_for wraps the task coroutine and is awaited, so the task's suspension and result both come back through it.
import asyncio

from wmill import task, workflow


@task()
async def transcode(asset: str) -> str:
    return f"{asset}.mp4"


@workflow
async def main(assets: list[str]):
    out = []
    for asset in assets:
        out.append(await asyncio.wait_for(transcode(asset), timeout=3600))
    return out
