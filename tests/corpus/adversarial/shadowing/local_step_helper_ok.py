# SDK: wmill 1.850.0 client.py: only wmill's own step() allocates a checkpoint key (_alloc_key); this script never imports it.
from wmill import task, workflow


def step(value: int, size: int) -> int:
    """Round `value` up to the next multiple of `size` (pagination step)."""
    return -(-value // size) * size


@task()
async def count_rows(table: str) -> int:
    return 12345


@task()
async def copy_chunk(table: str, offset: int, limit: int) -> int:
    return limit


@workflow
async def main(table: str, chunk: int = 1000):
    total = await count_rows(table)
    copied = 0
    for offset in range(0, step(total, chunk), chunk):
        copied += await copy_chunk(table, offset, chunk)
    label = f"{table}:{step(copied, chunk)}"
    return {"copied": copied, "label": label}
