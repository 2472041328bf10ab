# SDK: wmill 1.850.0 client.py — nothing in the SDK captures os.environ for the body; the walrus read runs on every replay of the workflow body
import os

from wmill import task, workflow


@task()
async def snapshot_volume(volume_id: str, region: str) -> str:
    import boto3

    ec2 = boto3.client("ec2", region_name=region)
    return ec2.create_snapshot(VolumeId=volume_id)["SnapshotId"]


@task()
async def tag_snapshot(snapshot_id: str, region: str, ticket: str) -> None:
    import boto3

    boto3.client("ec2", region_name=region).create_tags(
        Resources=[snapshot_id], Tags=[{"Key": "ticket", "Value": ticket}]
    )


@workflow
async def main(volume_ids: list[str], ticket: str):
    if (region := os.environ.get("BACKUP_REGION")) is None:  # expect: WAC102
        region = "eu-west-1"
    done = []
    for vid in volume_ids:
        snap = await snapshot_volume(vid, region)
        await tag_snapshot(snap, region, ticket)
        done.append(snap)
    return {"region": region, "snapshots": done}
