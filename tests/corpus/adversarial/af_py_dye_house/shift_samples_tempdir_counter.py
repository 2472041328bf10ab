# SDK: wmill 1.850.0 the body replays in a new process each round: tempfile.mkdtemp() makes a fresh directory on the worker every time, and a step name from a module counter is not a literal
"""End-of-shift swatch sampling, ported from the cron script that wrote
swatch scans to a scratch directory before uploading them."""

import itertools
import json
import os
import tempfile

from wmill import step, task, workflow

SAMPLE_SEQ = itertools.count(1)


@task()
async def scan_swatch(machine: str, lot: str) -> dict:
    import httpx

    r = httpx.get(f"https://scanner.dyehouse.example/{machine}/latest", params={"lot": lot})
    r.raise_for_status()
    return r.json()


@task()
async def upload_scans(lot: str, files: dict[str, str]) -> str:
    import boto3

    s3 = boto3.client("s3")
    for name, body in files.items():
        s3.put_object(Bucket="dyehouse-swatches", Key=f"{lot}/{name}", Body=body.encode())
    return f"s3://dyehouse-swatches/{lot}/"


@workflow
async def main(lot: str, machines: list[str]):
    scratch = tempfile.mkdtemp(prefix=f"swatch-{lot}-")  # expect: WAC101
    files = {}
    for m in machines:
        scan = await scan_swatch(m, lot)
        n = await step(f"sample_{next(SAMPLE_SEQ)}", lambda: scan["lab"])  # expect: WAC103
        name = f"{m}.json"
        files[name] = json.dumps({"machine": m, "lab": n})
    prefix = await upload_scans(lot, files)
    return {"lot": lot, "uploaded": prefix, "scratch": os.path.basename(scratch)}
