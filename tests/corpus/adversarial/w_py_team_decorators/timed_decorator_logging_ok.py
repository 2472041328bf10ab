# SDK: wmill 1.850.0 client.py — a timing wrapper whose duration only reaches a log line: the body's tasks and their order do not depend on it
import functools
import logging
import time

from wmill import task, workflow

log = logging.getLogger("reindex")


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        started = time.monotonic()
        try:
            return await fn(*args, **kwargs)
        finally:
            log.info("%s took %.1fs", fn.__name__, time.monotonic() - started)

    return wrapper


@task()
async def rebuild_index(index: str) -> dict:
    import httpx

    return httpx.post(f"https://search.example.com/{index}/_rebuild", timeout=900).json()


@task()
async def swap_alias(alias: str, index: str) -> bool:
    import httpx

    return httpx.post("https://search.example.com/_aliases", json={"alias": alias, "index": index}).is_success


@timed
async def rebuild(index: str) -> dict:
    return await rebuild_index(index)


@workflow
async def main(index: str, alias: str):
    stats = await rebuild(index)
    if stats.get("docs", 0) == 0:
        return {"swapped": False, "stats": stats}
    return {"swapped": await swap_alias(alias, index), "stats": stats}
