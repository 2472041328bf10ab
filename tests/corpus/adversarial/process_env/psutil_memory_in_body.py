# SDK: wmill 1.850.0 client.py: the memory available on the worker replaying the body changes between rounds, and it picks the task's chunk size.
import psutil
from wmill import task, workflow


@task()
async def embed(docs: list[str], chunk: int) -> int:
    return len(docs)


@workflow
async def main(docs: list[str]):
    chunk = 64 if psutil.virtual_memory().available > 8 * 2**30 else 16  # expect: WAC102
    return await embed(docs, chunk)
