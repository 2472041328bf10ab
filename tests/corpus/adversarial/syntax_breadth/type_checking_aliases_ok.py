# SDK: wmill 1.850.0 client.py: imports under `TYPE_CHECKING` never run and type aliases are inert; the body only awaits tasks.
from __future__ import annotations

from typing import TYPE_CHECKING, Any, TypeAlias

from wmill import task, workflow

if TYPE_CHECKING:
    from mypy_boto3_s3 import S3Client

__all__ = ["main"]

Row: TypeAlias = dict[str, Any]
Batch: TypeAlias = list[Row]


def _client() -> S3Client:
    import boto3

    return boto3.client("s3")


@task()
async def read_manifest(bucket: str, key: str) -> Batch:
    body = _client().get_object(Bucket=bucket, Key=key)["Body"].read()
    return [{"line": line} for line in body.decode().splitlines()]


@task()
async def load_rows(rows: Batch) -> int:
    return len(rows)


@workflow
async def main(bucket: str, key: str):
    rows: Batch = await read_manifest(bucket, key)
    return {"loaded": await load_rows(rows)}
