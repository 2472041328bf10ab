# SDK: wmill 1.850.0 client.py cancel_running() lists the script's running jobs over HTTP and cancels each one except the current job.
import wmill
from wmill import task, workflow


@task()
async def acquire_lock(lock_name: str) -> bool:
    return True


@workflow
async def main(name: str):
    got = await acquire_lock(name)
    if not got:
        wmill.cancel_running()  # expect: WAC101
        return {"skipped": True}
    return {"skipped": False}
