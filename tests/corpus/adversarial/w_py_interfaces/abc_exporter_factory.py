# SDK: wmill 1.850.0 client.py — a factory returning an ABC implementation whose export() uploads with boto3, called from the body: the upload repeats on every replay
from abc import ABC, abstractmethod

import boto3
from wmill import task, workflow


class Exporter(ABC):
    @abstractmethod
    def export(self, key: str, body: str) -> str: ...


class S3Exporter(Exporter):
    def __init__(self, bucket: str) -> None:
        self.bucket = bucket

    def export(self, key: str, body: str) -> str:
        boto3.client("s3").put_object(Bucket=self.bucket, Key=key, Body=body.encode())
        return f"s3://{self.bucket}/{key}"


class StdoutExporter(Exporter):
    def export(self, key: str, body: str) -> str:
        print(f"--- {key} ---\n{body}")
        return f"stdout:{key}"


def exporter_for(target: str, bucket: str) -> Exporter:
    if target == "s3":
        return S3Exporter(bucket)
    return StdoutExporter()


@task()
async def render_report(month: str) -> str:
    import httpx

    rows = httpx.get("https://bi.example.com/api/revenue", params={"month": month}).json()
    return "\n".join(f"{r['region']},{r['total']}" for r in rows)


@workflow
async def main(month: str, target: str = "s3", bucket: str = "finance-reports"):
    csv_body = await render_report(month)
    location = exporter_for(target, bucket).export(f"revenue/{month}.csv", csv_body)  # expect: WAC101
    return {"location": location}
