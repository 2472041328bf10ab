# SDK: wmill 1.850.0 client.py — AsyncExitStack awaits push_async_callback callbacks while _StepSuspend unwinds the block; release() then raises its own _StepSuspend, so the round dispatches release before the build ran
from contextlib import AsyncExitStack

from wmill import task, workflow


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
    async with AsyncExitStack() as stack:
        runner = await reserve_runner(pool)
        stack.push_async_callback(release_runner, pool, runner)  # expect: WAC203
        for ref in refs:
            results.append(await build(runner, ref))
    return results
