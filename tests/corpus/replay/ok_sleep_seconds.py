# Wait a quarter of an hour before checking again.
from wmill import task, sleep, workflow


@task()
async def check(job: str) -> bool:
    return bool(job)


@workflow
async def main(job: str):
    await sleep(15 * 60)
    await sleep("60")
    return await check(job)
