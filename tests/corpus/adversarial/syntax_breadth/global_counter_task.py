# SDK: wmill 1.850.0 client.py: a task runs as its own child job (`_execute_directly` in that job's process); a `global` it assigns changes the child's module, never the workflow's.
from wmill import task, workflow

PROCESSED = 0


@task()
async def process_batch(rows: list[dict]) -> int:
    global PROCESSED
    PROCESSED += len(rows)  # expect: WAC104
    return len(rows)


@workflow
async def main(batches: list[list[dict]]):
    for rows in batches:
        await process_batch(rows)
    return {"processed": PROCESSED}
