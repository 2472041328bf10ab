# SDK: wmill 1.850.0 client.py _execute_directly: the temporary file is made and removed inside the task's own job, which runs once.
import os
import tempfile

from wmill import task, workflow


@task()
async def export_rows(table: str) -> int:
    fd, path = tempfile.mkstemp(suffix=".csv")
    try:
        with os.fdopen(fd, "w") as handle:
            handle.write("id\n")
        return os.path.getsize(path)
    finally:
        os.unlink(path)


@workflow
async def main(table: str):
    return await export_rows(table)
