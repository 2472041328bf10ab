# SDK: wmill 1.850.0 client.py: sleep() inside a step's function suspends through the step; once the step is checkpointed its keys are no longer allocated and later keys shift.
from wmill import sleep, step, task, workflow


@task()
async def publish(doc: str) -> bool:
    return True


async def settle(doc: str) -> str:
    await sleep(30)  # expect: WAC304
    return doc


@workflow
async def main(doc: str):
    settled = await step("settle", lambda: settle(doc))
    return await publish(settled)
