# SDK: wmill 1.850.0: a task body runs once in its own job; what it hands to a thread runs there, not in the body
"""Report publisher: the upload runs in a thread inside the task."""
import asyncio

import boto3
from wmill import task, workflow

s3 = boto3.client("s3")
BUCKET = "acme-reports"


@task()
async def publish(account_id: str, month: str) -> str:
    import wmill

    path = f"/tmp/{account_id}-{month}.pdf"
    with open(path, "wb") as fh:
        fh.write(wmill.load_s3_file(f"templates/{month}.pdf"))
    key = f"{account_id}/{month}.pdf"
    await asyncio.to_thread(s3.upload_file, path, BUCKET, key)
    return key


@workflow
async def main(account_ids: list[str], month: str):
    keys = await asyncio.gather(*(publish(a, month) for a in account_ids))
    by_account = dict(zip(account_ids, keys))
    return {"published": by_account, "count": len(keys)}
