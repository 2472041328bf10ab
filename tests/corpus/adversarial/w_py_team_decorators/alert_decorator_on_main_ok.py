# SDK: wmill 1.850.0 client.py — TaskError (an Exception) is what a failed task raises; _StepSuspend is a BaseException, so a wrapper catching Exception only logs a real failure and re-raises
import functools
import logging

from wmill import task, workflow

log = logging.getLogger("pipelines")


def log_failures(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        try:
            return await fn(*args, **kwargs)
        except Exception:
            log.exception("%s failed with %s", fn.__name__, kwargs)
            raise

    return wrapper


@task()
async def extract(day: str) -> list[dict]:
    import httpx

    return httpx.get("https://events.example.com/export", params={"day": day}).json()


@task()
async def load(rows: list[dict]) -> int:
    import httpx

    return httpx.post("https://warehouse.example.com/load", json=rows).json()["loaded"]


@log_failures
@workflow
async def main(day: str):
    rows = await extract(day)
    return {"loaded": await load(rows)}
