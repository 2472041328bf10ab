# Poll an export from inside the task.
from wmill import task, sleep, workflow


@task()
async def wait_export(job: str) -> str:
    await sleep(30)  # expect: WAC304
    return job


@workflow
async def main(job: str):
    return await wait_export(job)
