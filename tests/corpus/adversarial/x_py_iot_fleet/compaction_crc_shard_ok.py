# SDK: wmill 1.850.0 re-runs the body every round; zlib.crc32 and hashlib digests do not depend on the process, unlike hash() of a str
"""Nightly compaction of raw telemetry partitions, spread over storage shards."""
import hashlib
import logging
import zlib

from wmill import task, workflow

SHARDS = 16
log = logging.getLogger("telemetry.compaction")


def shard_for(site_id: str) -> int:
    """Storage shard of a site's raw partitions (same on every worker)."""
    return zlib.crc32(site_id.encode("utf-8")) % SHARDS


def partition_tag(site_id: str, day: str) -> str:
    return hashlib.blake2b(f"{site_id}:{day}".encode(), digest_size=6).hexdigest()


@task(timeout=3600, tag="spark")
async def compact_partition(site_id: str, shard: int, day: str, tag: str) -> dict:
    import boto3

    s3 = boto3.client("s3")
    prefix = f"raw/shard={shard}/site={site_id}/day={day}/"
    listing = s3.list_objects_v2(Bucket="telemetry-raw", Prefix=prefix)
    return {"site": site_id, "tag": tag, "objects": listing.get("KeyCount", 0)}


@workflow
async def main(day: str, site_ids: list[str]):
    rows = []
    seen_ids: set[str] = set()
    for site_id in site_ids:
        if site_id in seen_ids:
            continue
        seen_ids.add(site_id)
        rows.append(await compact_partition(site_id, shard_for(site_id), day, partition_tag(site_id, day)))
    log.info("compacted %d partitions (hash of day %s)", len(rows), hash(day))
    return {"day": day, "compacted": len(rows)}
