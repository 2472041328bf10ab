# SDK: wmill 1.850.0 client.py: the finally runs on the way out of every _StepSuspend, and a sleep there raises its own suspension in place of the pending dispatch.
from wmill import sleep, task, workflow


@task()
async def drain_queue(queue: str) -> int:
    return 0


@workflow
async def main(queue: str):
    try:
        drained = await drain_queue(queue)
    finally:
        await sleep(30)  # expect: WAC203
    return {"drained": drained}
