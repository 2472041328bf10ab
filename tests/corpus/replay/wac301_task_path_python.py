# Call a shared script from a Python workflow.
from wmill import task, workflow

cleanup = task("f/ops/cleanup")  # expect: WAC301


@workflow
async def main(bucket: str):
    return await cleanup(bucket=bucket)
