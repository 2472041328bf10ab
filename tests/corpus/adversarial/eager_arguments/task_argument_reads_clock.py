# SDK: wmill 1.850.0 client.py the arguments of a task call are evaluated in the body before _next_step checks the checkpoint; a clock read as an argument differs per round even though the task is replayed from its key.
import time

from wmill import task, workflow


@task()
async def record_run(job: str, started_epoch: float) -> bool:
    return True


@task()
async def run_job(job: str) -> dict:
    return {"ok": True}


@workflow
async def main(job: str):
    result = await run_job(job)
    await record_run(job, time.time())  # expect: WAC102
    return result
