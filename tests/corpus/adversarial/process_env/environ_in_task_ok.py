# SDK: wmill 1.850.0 client.py _execute_directly: a task body runs once, in its own job; reading the environment there is not replayed.
import os

from wmill import task, workflow


@task()
async def upload_report(report: dict) -> str:
    bucket = os.environ.get("REPORT_BUCKET", "reports")
    region = os.getenv("AWS_REGION", "eu-west-1")
    return f"s3://{bucket}/{region}/{report['id']}.json"


@workflow
async def main(report_id: str):
    return await upload_report({"id": report_id})
