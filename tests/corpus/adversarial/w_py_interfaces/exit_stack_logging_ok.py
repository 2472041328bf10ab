# SDK: wmill 1.850.0 client.py — the AsyncExitStack here only awaits a logging coroutine of the file as the block unwinds; the release task is awaited after the block, once the builds are done
import logging
from contextlib import AsyncExitStack

from wmill import task, workflow

log = logging.getLogger("ci")


async def note_done(pool: str) -> None:
    log.info("leaving pool %s", pool)


@task()
async def reserve_runner(pool: str) -> str:
    import httpx

    return httpx.post(f"https://ci.example.com/pools/{pool}/reserve").json()["runner"]


@task()
async def release_runner(pool: str, runner: str) -> None:
    import httpx

    httpx.delete(f"https://ci.example.com/pools/{pool}/runners/{runner}")


@task()
async def build(runner: str, ref: str) -> dict:
    import httpx

    return httpx.post(f"https://ci.example.com/runners/{runner}/build", json={"ref": ref}, timeout=3600).json()


@workflow
async def main(pool: str, refs: list[str]):
    results = []
    runner = await reserve_runner(pool)
    async with AsyncExitStack() as stack:
        stack.push_async_callback(note_done, pool)
        for ref in refs:
            results.append(await build(runner, ref))
    await release_runner(pool, runner)
    return results
