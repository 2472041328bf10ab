# SDK: wmill 1.850.0 client.py: the _StepSuspend thrown into the generator at `yield` is not an Exception, so the handler does not catch it and it propagates out of `async with`.
import contextlib
import logging

from wmill import task, workflow

log = logging.getLogger(__name__)


@contextlib.asynccontextmanager
async def logged(stage: str):
    try:
        yield
    except Exception:
        log.exception("stage %s failed", stage)
        raise


@task()
async def transform(batch: str) -> str:
    return batch


@workflow
async def main(batch: str):
    async with logged("transform"):
        out = await transform(batch)
    return out
