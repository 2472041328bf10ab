# Call a shared script from a Python workflow.
from wmill import task, task_script, workflow

cleanup = task_script("f/ops/cleanup", timeout=300)


@task(path="f/ops/audit")
async def audit(bucket: str) -> str:
    return bucket


@workflow
async def main(bucket: str):
    await audit(bucket)
    return await cleanup(bucket=bucket)
