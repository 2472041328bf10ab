# SDK: wmill 1.850.0 client.py: only task / step calls are checkpointed; `make_reader` returns a closure over a boto3 S3 client, and calling it in the body downloads the sheave vibration file from S3 in every round
"""Flag sheaves whose bearing vibration trend is rising, from the nightly S3 exports."""

import json
from collections.abc import Callable

import boto3

from wmill import task, workflow


def make_reader(bucket: str) -> Callable[[str], dict]:
    s3 = boto3.client("s3", region_name="eu-central-1")

    def read(key: str) -> dict:
        obj = s3.get_object(Bucket=bucket, Key=key)
        return json.loads(obj["Body"].read())

    return read


@task(timeout=300)
async def open_work_order(tower: str, sheave: str, trend: float) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://cmms.ropeway.example") as client:
        r = await client.post("/work-orders", json={"tower": tower, "sheave": sheave, "trend": trend})
        r.raise_for_status()
        return r.json()


@workflow
async def main(tower: str, night: str, bucket: str = "ropeway-vibration"):
    read = make_reader(bucket)
    export = read(f"{night}/{tower}.json")  # expect: WAC101
    orders = []
    for sheave, trend in sorted(export["trend_mm_s_per_day"].items()):
        if trend > 0.05:
            orders.append(await open_work_order(tower, sheave, trend))
    return {"tower": tower, "orders": orders}
