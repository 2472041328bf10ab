# SDK: wmill 1.850.0 client.py: `make_reader` and its closure (a boto3 `get_object`) run only inside the `vibration_export` task, once in its own job; the body awaits tasks and sorts a checkpointed dict
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
async def vibration_export(bucket: str, key: str) -> dict:
    return make_reader(bucket)(key)


@task(timeout=300)
async def open_work_order(tower: str, sheave: str, trend: float) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://cmms.ropeway.example") as client:
        r = await client.post("/work-orders", json={"tower": tower, "sheave": sheave, "trend": trend})
        r.raise_for_status()
        return r.json()


@workflow
async def main(tower: str, night: str, bucket: str = "ropeway-vibration"):
    export = await vibration_export(bucket, f"{night}/{tower}.json")
    orders = []
    for sheave, trend in sorted(export["trend_mm_s_per_day"].items()):
        if trend > 0.05:
            orders.append(await open_work_order(tower, sheave, trend))
    return {"tower": tower, "orders": orders}
