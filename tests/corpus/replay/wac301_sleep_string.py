# Wait a quarter of an hour before checking again.
from wmill import task, sleep, workflow


@task()
async def check(job: str) -> bool:
    return bool(job)


@workflow
async def main(job: str):
    await sleep("15m")  # expect: WAC301
    return await check(job)
