# Limit how many loads run at once.
from wmill import task_script, workflow

load = task_script("f/etl/load", concurrencyLimit=2)  # expect: WAC302


@workflow
async def main(batch: str):
    return await load(batch=batch)
