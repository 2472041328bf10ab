# SDK: wmill 1.850.0 re-runs the body in a new process every round (and in each task's child job); str hashes are salted per process (PYTHONHASHSEED), so hash(site) differs between rounds
"""Nightly compaction of raw telemetry partitions, spread over storage shards."""
import logging

from wmill import task, workflow

SHARDS = 16
log = logging.getLogger("telemetry.compaction")


def shard_for(site_id: str) -> int:
    """Storage shard of a site's raw partitions."""
    return hash(site_id) % SHARDS


@task(timeout=3600, tag="spark")
async def compact_partition(site_id: str, shard: int, day: str) -> dict:
    import boto3

    s3 = boto3.client("s3")
    prefix = f"raw/shard={shard}/site={site_id}/day={day}/"
    listing = s3.list_objects_v2(Bucket="telemetry-raw", Prefix=prefix)
    return {"site": site_id, "objects": listing.get("KeyCount", 0)}


@task()
async def publish_summary(day: str, rows: list[dict]) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://metrics.internal.example/compaction", json={"day": day, "rows": rows})


@workflow
async def main(day: str, site_ids: list[str]):
    rows = []
    for site_id in site_ids:
        shard = shard_for(site_id)  # expect: WAC102
        rows.append(await compact_partition(site_id, shard, day))
    await publish_summary(day, rows)
    return {"day": day, "compacted": len(rows)}
