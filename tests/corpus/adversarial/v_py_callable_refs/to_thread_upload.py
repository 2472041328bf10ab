# SDK: wmill 1.850.0: the workflow body re-runs every round; asyncio.to_thread runs the function it is given right away
"""Report publisher: the PDF upload is pushed to a thread so the event loop stays free."""
import asyncio

import boto3
from wmill import task, workflow

s3 = boto3.client("s3")
BUCKET = "acme-reports"


@task()
async def render_report(account_id: str, month: str) -> str:
    import wmill

    path = f"/tmp/{account_id}-{month}.pdf"
    data = wmill.load_s3_file(f"templates/{month}.pdf")
    with open(path, "wb") as fh:
        fh.write(data)
    return path


@task()
async def email_link(account_id: str, key: str) -> None:
    import httpx
    import wmill

    api = wmill.get_resource("f/mail/postmark")
    httpx.post("https://api.postmarkapp.com/email", headers={"X-Postmark-Server-Token": api["token"]},
               json={"To": f"{account_id}@billing.example", "TextBody": key})


@workflow
async def main(account_id: str, month: str):
    local_path = await render_report(account_id, month)
    key = f"{account_id}/{month}.pdf"
    await asyncio.to_thread(s3.upload_file, local_path, BUCKET, key)  # expect: WAC101
    await email_link(account_id, key)
    return {"key": key}
