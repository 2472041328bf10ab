# SDK: wmill 1.850.0 client.py: the workflow's inputs are the same in every round, so a region taken from them and a pure default give the same task arguments on every replay.
from wmill import task, workflow

DEFAULT_REGION = "eu-west-1"


def target_region(requested: str | None) -> str:
    return requested or DEFAULT_REGION


@task()
async def snapshot_volume(volume_id: str, region: str) -> str:
    return f"snap-{volume_id}-{region}"


@workflow
async def main(volume_id: str, region: str | None = None):
    return await snapshot_volume(volume_id, target_region(region))
