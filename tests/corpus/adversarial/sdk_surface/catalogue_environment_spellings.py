# SDK: wmill 1.850.0 client.py: each round may run on another worker; the machine's CPU count and thread id are read again in the body, and both decide what the tasks are given.
import os
import threading

from wmill import task, workflow


@task()
async def process(chunk: list, worker: str) -> int:
    return len(chunk)


@workflow
async def main(rows: list):
    size = max(1, len(rows) // (os.cpu_count() or 1))  # expect: WAC102
    tag = f"t{threading.get_ident()}"  # expect: WAC102
    return [await process(rows[i : i + size], tag) for i in range(0, len(rows), size)]
