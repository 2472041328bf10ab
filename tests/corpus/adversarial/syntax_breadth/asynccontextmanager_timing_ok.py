# SDK: wmill 1.850.0 client.py: `_StepSuspend` derives from BaseException; a context manager whose `finally` only logs lets it through (no `except`, no `return` in `finally`), and `time.perf_counter` only feeds a log line.
import logging
import time
from contextlib import asynccontextmanager

from wmill import task, workflow

log = logging.getLogger("etl")


@asynccontextmanager
async def phase(name: str):
    log.info("phase %s: start", name)
    try:
        yield
    finally:
        log.info("phase %s: left", name)


@task()
async def extract(source: str) -> list[dict]:
    return []


@task()
async def load(rows: list[dict], target: str) -> int:
    return len(rows)


@workflow
async def main(source: str, target: str):
    async with phase("extract"):
        rows = await extract(source)
    async with phase("load"):
        loaded = await load(rows, target)
    return {"loaded": loaded}
