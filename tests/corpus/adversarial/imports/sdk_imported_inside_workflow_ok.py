# SDK: wmill 1.850.0 client.py: `step` imported inside the workflow body is the SDK's step; the names are exact, so the workflow is what Windmill detects.
from wmill import task, workflow


@task()
async def double(x: int) -> int:
    return x * 2


@workflow
async def main(x: int):
    from wmill import step

    offset = await step("offset", lambda: 3)
    return await double(x + offset)
