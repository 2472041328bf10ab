# SDK: wmill 1.850.0 client.py sleep() is `async def`; un-awaited, ctx._sleep never runs, so the loop polls again at once.
from wmill import sleep, task, workflow


@task()
async def job_state(job_id: str) -> str:
    return "running"


@workflow
async def main(job_id: str, polls: int = 20):
    for _ in range(polls):
        state = await job_state(job_id)
        if state != "running":
            return {"state": state}
        sleep(120)  # expect: WAC106
    return {"state": "timeout"}
