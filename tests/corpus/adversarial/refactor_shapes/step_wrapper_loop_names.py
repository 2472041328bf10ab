# SDK: wmill 1.850.0 client.py step keys come from the name; a helper handed a name built from the loop variable generates the key from data, which the guide forbids.
import time

from wmill import step, task, workflow


async def checkpoint(name: str, fn):
    print(f"checkpoint {name}")
    return await step(name, fn)


@task()
async def publish(batch: str) -> str:
    return batch


@workflow
async def main(batches: list):
    out = []
    for batch in batches:
        stamp = await checkpoint(f"stamp_{batch}", lambda: time.time())  # expect: WAC103
        out.append((stamp, await publish(batch)))
    return out
