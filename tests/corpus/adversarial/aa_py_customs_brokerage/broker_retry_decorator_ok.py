# SDK: wmill 1.850.0 TaskError(Exception) is raised for a failed task; each re-call allocates the next key (request_release_2 ...) the same way every replay; retry= on @task is the built-in policy
import functools

import requests
from wmill import task, workflow, TaskError

CBP = "https://abi.brokerco.example"


def retrying(times: int = 3):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            for attempt in range(times):
                try:
                    return await fn(*args, **kwargs)
                except TaskError:
                    if attempt == times - 1:
                        raise
            raise AssertionError("unreachable")

        return wrapper

    return deco


@task(timeout=300, retry={"attempts": 3, "delay": 30, "multiplier": 2})
async def request_release(entry_no: str, port: str) -> dict:
    r = requests.post(f"{CBP}/releases", json={"entry": entry_no, "port": port}, timeout=60)
    r.raise_for_status()
    return r.json()


@task()
async def notify_trucker(scac: str, entry_no: str, status: str) -> bool:
    r = requests.post(f"{CBP}/carriers/{scac}/notify", json={"entry": entry_no, "status": status}, timeout=30)
    return r.ok


@retrying(times=2)
async def notify_with_retries(scac: str, entry_no: str, status: str) -> bool:
    return await notify_trucker(scac, entry_no, status)


@workflow
async def main(entry_no: str, port: str, scac: str):
    release = await request_release(entry_no, port)
    await notify_with_retries(scac, entry_no, release["status"])
    return {"entry": entry_no, "release": release["status"]}
