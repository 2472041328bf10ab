# SDK: wmill 1.850.0 client.py: the _StepSuspend is thrown into the generator at `yield`; the bare except catches it and the generator ends, so `async with` suppresses the suspension.
import contextlib

from wmill import task, workflow


@contextlib.asynccontextmanager
async def best_effort(stage: str):
    try:
        yield
    except:  # noqa: E722
        print(f"{stage} skipped")


@task()
async def transform(batch: str) -> str:
    return batch


@workflow
async def main(batch: str):
    out = None
    async with best_effort("transform"):  # expect: WAC201
        out = await transform(batch)
    return out
