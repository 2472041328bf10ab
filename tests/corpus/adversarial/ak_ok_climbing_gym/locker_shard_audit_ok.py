# SDK: wmill 1.850.0: hash() of an int (and of a tuple of ints) is not salted, so the shard is the same in every process; a set of ints from a list[int] parameter iterates in a fixed order
import asyncio
import zlib
from datetime import datetime, timezone

from wmill import task, workflow

SHARDS = 4


@task()
async def audit_shard(shard: int, lockers: list[int], audited_on: str) -> dict:
    import requests

    r = requests.post(
        "https://lockers.example-crag.io/api/audits",
        json={"shard": shard, "lockers": lockers, "on": audited_on},
        timeout=30,
    )
    r.raise_for_status()
    return {"shard": shard, "flagged": r.json().get("flagged", [])}


def shard_of(locker_no: int, row: int) -> int:
    return hash((row, locker_no)) % SHARDS


def audit_label(day_epoch: int) -> str:
    return datetime.fromtimestamp(day_epoch, tz=timezone.utc).strftime("%Y-%m-%d")


def checksum(numbers: list[int]) -> int:
    return zlib.crc32(",".join(map(str, numbers)).encode())


@workflow
async def main(locker_numbers: list[int], row: int, day_epoch: int):
    buckets: dict[int, list[int]] = {s: [] for s in range(SHARDS)}
    for n in set(locker_numbers):
        buckets[shard_of(n, row)].append(n)
    label = audit_label(day_epoch)
    results = await asyncio.gather(
        *(audit_shard(s, sorted(nums), label) for s, nums in buckets.items() if nums)
    )
    flagged = sorted(x for r in results for x in r["flagged"])
    return {"on": label, "flagged": flagged, "checksum": checksum(flagged), "primary": hash(row) % SHARDS}
