# The directory listing is read inside a step, so its order is checkpointed.
import os

from wmill import task, step, workflow


@task()
async def ingest(filename: str) -> str:
    return filename


@workflow
async def main(folder: str):
    names = await step("list", lambda: os.listdir(folder))
    out = []
    for name in names:
        out.append(await ingest(name))
    return out
