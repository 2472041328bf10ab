# SDK: wmill 1.850.0 client.py workflow(): an S3 upload through a boto3 resource in the body re-uploads on every replay.
import boto3

from wmill import task, workflow

s3 = boto3.resource("s3")


@task()
async def render_report(month: str) -> str:
    return f"/tmp/report-{month}.pdf"


@workflow
async def main(month: str):
    path = await render_report(month)
    s3.Bucket("finance-reports").upload_file(path, f"{month}.pdf")  # expect: WAC101
    return {"key": f"{month}.pdf"}
