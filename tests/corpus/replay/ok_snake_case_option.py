# Limit how many loads run at once.
from wmill import task_script, workflow

load = task_script("f/etl/load", concurrency_limit=2, concurrency_key="etl")


@workflow
async def main(batch: str):
    return await load(batch=batch)
