# SDK: wmill 1.850.0 client.py — on replay a completed task returns from the checkpoint at once, so a duration measured around it in the body differs between rounds
import functools
import time

from wmill import task, workflow


def timed(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        started = time.monotonic()
        result = await fn(*args, **kwargs)
        return result, time.monotonic() - started

    return wrapper


@task()
async def rebuild_index(index: str) -> dict:
    import httpx

    return httpx.post(f"https://search.example.com/{index}/_rebuild", timeout=900).json()


@task()
async def page_oncall(summary: str) -> None:
    import httpx

    httpx.post("https://events.pagerduty.com/v2/enqueue", json={"summary": summary})


@timed
async def rebuild(index: str) -> dict:
    return await rebuild_index(index)


@workflow
async def main(index: str, slow_after_s: float = 600):
    stats, elapsed = await rebuild(index)  # expect: WAC102
    if elapsed > slow_after_s:
        await page_oncall(f"{index} rebuild took {elapsed:.0f}s")
    return stats
