# SDK: wmill 1.850.0 module-level pure constants and compiled regexes; a functools.lru_cache'd pure parser; context managers and file I/O only inside tasks; nested fan-out: gather of per-night gathers; Path objects turned into strings before they cross a task. Found on re-reading WorkflowCtx._next_step(name, script, func, ...) before scoring: the task parameter `name` collides with the SDK's own keyword (TypeError), so this script is not correct and is marked
import asyncio
import functools
import re
import tempfile
from pathlib import Path

import boto3
from wmill import task, workflow

FITS_NAME = re.compile(r"^(?P<inst>[A-Z]{3})_(?P<night>\d{8})_(?P<seq>\d{4})\.fits(\.fz)?$")
ARCHIVE_BUCKET = "obs-archive"


@functools.lru_cache(maxsize=1024)
def parse_name(name: str) -> tuple[str, str, int] | None:
    m = FITS_NAME.match(name)
    if not m:
        return None
    return m["inst"], m["night"], int(m["seq"])


@task(timeout=900)
async def list_night(night: str) -> list[str]:
    s3 = boto3.client("s3")
    keys: list[str] = []
    for page in s3.get_paginator("list_objects_v2").paginate(Bucket="obs-raw", Prefix=f"{night}/"):
        keys.extend(o["Key"].rsplit("/", 1)[-1] for o in page.get("Contents", []))
    return sorted(keys)


@task(timeout=1800)
async def checksum_and_copy(night: str, name: str) -> dict:  # expect: WAC301
    s3 = boto3.client("s3")
    with tempfile.TemporaryDirectory() as tmp:
        local = Path(tmp) / name
        s3.download_file("obs-raw", f"{night}/{name}", str(local))
        import hashlib

        digest = hashlib.sha256(local.read_bytes()).hexdigest()
        s3.upload_file(str(local), ARCHIVE_BUCKET, f"{night}/{name}")
    return {"name": name, "sha256": digest, "dest": str(Path(night) / name)}


async def ingest_night(night: str, instruments: frozenset[str]) -> list[dict]:
    names = await list_night(night)
    keep = [n for n in names if (p := parse_name(n)) is not None and p[0] in instruments]
    keep.sort(key=lambda n: parse_name(n)[2])
    return list(await asyncio.gather(*(checksum_and_copy(night, n) for n in keep)))


@workflow
async def main(nights: list[str], instruments: list[str] = ["CCD", "IRC"]):
    wanted = frozenset(instruments)
    per_night = await asyncio.gather(*(ingest_night(n, wanted) for n in sorted(nights)))
    manifest = {night: rows for night, rows in zip(sorted(nights), per_night)}
    return {"nights": len(manifest), "files": sum(len(r) for r in manifest.values()), "manifest": manifest}
