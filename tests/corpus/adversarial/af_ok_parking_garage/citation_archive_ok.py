# SDK: wmill 1.850.0 module-level setup that sends nothing: boto3's default session (credentials resolve on the first request) and stream logger, urllib3's stderr logger; the S3 and API calls run in tasks; the body only sorts and counts checkpointed results
import logging

import boto3
import httpx
import urllib3
from wmill import parallel, task, workflow

boto3.setup_default_session(region_name="eu-west-1")
boto3.set_stream_logger("botocore", logging.WARNING)
urllib3.add_stderr_logger(logging.WARNING)

ARCHIVE_BUCKET = "citypark-citations-archive"


@task()
async def closed_citations(month: str) -> list[dict]:
    async with httpx.AsyncClient(timeout=30) as client:
        resp = await client.get("https://citations.citypark.example/api/citations", params={"month": month, "status": "closed"})
        resp.raise_for_status()
        return resp.json()


@task(timeout=300)
async def archive(citation: dict) -> dict:
    import json

    s3 = boto3.client("s3")
    key = f"{citation['issued'][:7]}/{citation['id']}.json"
    s3.put_object(Bucket=ARCHIVE_BUCKET, Key=key, Body=json.dumps(citation).encode(), ContentType="application/json")
    return {"id": citation["id"], "key": key}


@workflow
async def main(month: str):
    citations = sorted(await closed_citations(month), key=lambda c: c["id"])
    archived = await parallel(citations, archive, concurrency=8)
    by_zone: dict[str, int] = {}
    for c in citations:
        by_zone[c.get("zone", "unknown")] = by_zone.get(c.get("zone", "unknown"), 0) + 1
    return {"month": month, "archived": len(archived), "by_zone": dict(sorted(by_zone.items()))}
