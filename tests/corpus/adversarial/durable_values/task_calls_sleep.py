# SDK: wmill 1.850.0 client.py sleep(): inside a task body _dispatch_ctx() is None and it falls back to asyncio.sleep, holding the worker for the whole wait.
from wmill import sleep, task, workflow


@task()
async def poll_export(export_id: str) -> str:
    for _ in range(10):
        await sleep(30)  # expect: WAC304
    return export_id


@workflow
async def main(export_id: str):
    return await poll_export(export_id)
