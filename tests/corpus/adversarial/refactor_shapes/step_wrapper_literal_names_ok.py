# SDK: wmill 1.850.0 client.py step keys come from the name; a helper that forwards a name its callers give as string literals keeps every key stable.
import time

from wmill import step, task, workflow


async def checkpoint(name: str, fn):
    print(f"checkpoint {name}")
    return await step(name, fn)


@task()
async def publish(started: float, batch: str) -> str:
    return batch


@workflow
async def main(batch: str):
    started = await checkpoint("started_at", lambda: time.time())
    label = await checkpoint("label", lambda: batch.upper())
    return await publish(started, label)
