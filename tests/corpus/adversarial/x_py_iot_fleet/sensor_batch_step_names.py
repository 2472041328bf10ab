# SDK: wmill 1.850.0 _alloc_key(name) keys a step by its name; object.__repr__ / __str__ print "<SensorBatch object at 0x...>", another address in every round's process
"""Checkpoint the checksum of every sensor batch before shipping it to cold storage."""
import hashlib
import json

from wmill import step, task, workflow


class SensorBatch:
    def __init__(self, site: str, readings: list[dict]):
        self.site = site
        self.readings = readings

    def checksum(self) -> str:
        return hashlib.sha256(json.dumps(self.readings, sort_keys=True).encode()).hexdigest()


@task(timeout=900)
async def ship(site: str, readings: list[dict], checksum: str) -> str:
    import boto3

    key = f"cold/{site}/{checksum}.json"
    boto3.client("s3").put_object(Bucket="telemetry-cold", Key=key, Body=json.dumps(readings).encode())
    return key


@workflow
async def main(batches: list[dict]):
    shipped = []
    for raw in batches:
        batch = SensorBatch(raw["site"], raw["readings"])
        digest = await step(f"checksum {batch}", batch.checksum)  # expect: WAC103
        shipped.append(await ship(batch.site, batch.readings, digest))
    return {"shipped": shipped}
