# SDK: wmill 1.850.0 client.py `task`: a call sends only the arguments given (`_merge_args`); the task's own default runs in the child job, once, and the body never reads the clock.
import time

from wmill import task, workflow


@task()
async def record_heartbeat(service: str, at: float = time.time()) -> dict:
    return {"service": service, "at": at}


@workflow
async def main(service: str):
    beat = await record_heartbeat(service)
    return beat
