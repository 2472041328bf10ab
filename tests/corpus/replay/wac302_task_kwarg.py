# A slow export with a longer timeout.
from wmill import task, workflow


@task(timeout_seconds=900)  # expect: WAC302
async def export(table: str) -> str:
    return table


@workflow
async def main(table: str):
    return await export(table)
