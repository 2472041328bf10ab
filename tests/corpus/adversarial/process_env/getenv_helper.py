# SDK: wmill 1.850.0 client.py: a helper the body calls runs in every round; the region it reads from the worker's environment decides where the task writes.
import os

from wmill import task, workflow


def target_region() -> str:
    return os.getenv("AWS_REGION", "eu-west-1")


@task()
async def snapshot_volume(volume_id: str, region: str) -> str:
    return f"snap-{volume_id}-{region}"


@workflow
async def main(volume_id: str):
    region = target_region()  # expect: WAC102
    return await snapshot_volume(volume_id, region)
