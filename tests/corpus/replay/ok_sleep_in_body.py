# Poll an export: the workflow body sleeps between checks.
from wmill import task, sleep, workflow


@task()
async def export_done(job: str) -> bool:
    return bool(job)


@workflow
async def main(job: str):
    for _ in range(10):
        if await export_done(job):
            return True
        await sleep(30)
    return False
