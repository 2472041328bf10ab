# A slow export with a longer timeout and a retry policy.
from wmill import task, workflow


@task(timeout=900, tag="etl", retry={"attempts": 2, "delay": 30, "max_delay": 120})
async def export(table: str) -> str:
    return table


@workflow
async def main(table: str):
    return await export(table)
