# SDK: wmill 1.850.0 client.py: each round may run on another worker; the free space read in the body decides how big a batch the task gets, differently per round.
import shutil

from wmill import task, workflow


@task()
async def compact(table: str, batch: int) -> int:
    return batch


@workflow
async def main(table: str):
    free = shutil.disk_usage("/tmp").free  # expect: WAC101
    batch = 10_000 if free > 5 * 2**30 else 1_000
    return await compact(table, batch)
