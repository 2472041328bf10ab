from u.bob.ids import new_batch_id
from wmill import task, workflow


@task()
async def export_batch(batch_id: str, rows: list) -> int:
    return len(rows)


@workflow
async def main(rows: list):
    batch_id = new_batch_id("exp")  # expect: WAC102
    return await export_batch(batch_id, rows)
