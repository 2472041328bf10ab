# SDK: wmill 1.850.0 client.py step(): the directory listing is checkpointed (and sorted), so every replay dispatches the same files in the same order.
import os

from wmill import step, task, workflow


@task()
async def ingest(path: str) -> int:
    return 1


@workflow
async def main(inbox: str):
    files = await step("list_inbox", lambda: sorted(os.listdir(inbox)))
    count = 0
    for name in files:
        count += await ingest(os.path.join(inbox, name))
    return count
