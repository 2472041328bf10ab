# SDK: wmill 1.850.0 client.py: a plain asyncio.gather propagates the first _StepSuspend, which carries every pending step (mode "parallel").
import asyncio

from wmill import TaskError, task, workflow


@task()
async def ping_region(region: str) -> float:
    return 42.0


@workflow
async def main(regions: list[str]):
    try:
        results = await asyncio.gather(*(ping_region(r) for r in regions))
    except TaskError as e:
        return {"error": str(e), "step": e.step_key}
    return dict(zip(regions, results))
