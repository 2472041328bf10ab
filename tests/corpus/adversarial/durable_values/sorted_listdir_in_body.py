# SDK: wmill 1.850.0 client.py workflow(): sorting fixes the dispatch order, but listing the directory in the body is still a read of external state on every replay.
import os

from wmill import task, workflow


@task()
async def ingest(path: str) -> int:
    return 1


@workflow
async def main(inbox: str):
    total = 0
    for name in sorted(os.listdir(inbox)):  # expect: WAC101
        total += await ingest(os.path.join(inbox, name))
    return total
