# SDK: wmill 1.850.0 client.py: tempfile.mkstemp creates a file in the round's process, again on every replay, on a worker the task's job may not share.
import os
import tempfile

from wmill import task, workflow


@task()
async def export_rows(table: str, path: str) -> int:
    return 0


@workflow
async def main(table: str):
    fd, path = tempfile.mkstemp(suffix=".csv")  # expect: WAC101
    os.close(fd)
    return await export_rows(table, path)
