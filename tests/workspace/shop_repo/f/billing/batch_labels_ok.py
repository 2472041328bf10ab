from u.bob.ids import batch_label
from wmill import task, workflow


@task()
async def export_batch(batch_id: str, rows: list) -> int:
    return len(rows)


@workflow
async def main(rows: list, n: int = 1):
    return await export_batch(batch_label("exp", n), rows)
