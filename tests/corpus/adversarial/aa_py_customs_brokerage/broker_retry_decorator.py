# SDK: wmill 1.850.0 awaiting a task in the parent round raises _StepSuspend(BaseException); a home-made retry wrapper runs in the body and its broad handler swallows it
import asyncio
import functools

import requests
from wmill import task, workflow

CBP = "https://abi.brokerco.example"


def retrying(times: int = 3, backoff: float = 2.0):
    def deco(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            last = None
            for attempt in range(times):
                try:
                    return await fn(*args, **kwargs)
                except BaseException as exc:
                    last = exc
                    await asyncio.sleep(backoff * (attempt + 1))
            raise RuntimeError(f"{fn.__name__} failed after {times} attempts") from last

        return wrapper

    return deco


@task(timeout=300)
async def request_release(entry_no: str, port: str) -> dict:
    r = requests.post(f"{CBP}/releases", json={"entry": entry_no, "port": port}, timeout=60)
    r.raise_for_status()
    return r.json()


@task()
async def notify_trucker(scac: str, entry_no: str, status: str) -> bool:
    r = requests.post(f"{CBP}/carriers/{scac}/notify", json={"entry": entry_no, "status": status}, timeout=30)
    return r.ok


@retrying(times=4)
async def release_with_retries(entry_no: str, port: str) -> dict:
    return await request_release(entry_no, port)


@workflow
async def main(entry_no: str, port: str, scac: str):
    release = await release_with_retries(entry_no, port)  # expect: WAC101, WAC201
    await notify_trucker(scac, entry_no, release["status"])
    return {"entry": entry_no, "release": release["status"]}
