# SDK: wmill 1.850.0 client.py: a default of `main` is computed once when the module is imported (configuration, like a module-level read), not by the workflow body; the body only uses the parameter.
import os

from wmill import task, workflow

DEFAULT_REGION = os.environ.get("AWS_REGION", "eu-west-1")


@task()
async def snapshot_volumes(region: str, tag: str) -> int:
    return 3


@workflow
async def main(tag: str, region: str = DEFAULT_REGION):
    count = await snapshot_volumes(region, tag)
    return {"region": region, "snapshots": count}
