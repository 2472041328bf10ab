# SDK: wmill 1.850.0 client.py: a task body awaiting plain async helpers and asyncio.sleep is ordinary code in one job.
import asyncio

from wmill import task, workflow


async def export_ready(export_id: str) -> bool:
    return export_id.endswith("0")


@task(timeout=900)
async def poll_export(export_id: str) -> str:
    for _ in range(10):
        if await export_ready(export_id):
            break
        await asyncio.sleep(30)
    return export_id


@workflow
async def main(export_id: str):
    return await poll_export(export_id)
