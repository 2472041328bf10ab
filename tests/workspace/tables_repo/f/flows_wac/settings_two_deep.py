from wmill import task, workflow

from f.lib.settings import BATCH, DRY_RUN  # expect: WAC101


@task()
async def purge(table: str, batch: int) -> int:
    return batch


@workflow
async def main(table: str):
    if DRY_RUN:
        return 0
    return await purge(table, BATCH)
