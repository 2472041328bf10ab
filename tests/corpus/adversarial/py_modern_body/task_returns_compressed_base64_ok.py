# SDK: wmill 1.850.0 client.py: the base64 text of the compressed bytes is a str and survives the JSON round trip.
import base64
import zlib

from wmill import task, workflow


@task()
async def pack(rows: list[dict]) -> str:
    import json

    return base64.b64encode(zlib.compress(json.dumps(rows).encode())).decode("ascii")


@task()
async def upload(blob: str, key: str) -> str:
    return f"s3://bucket/{key} ({len(base64.b64decode(blob))} bytes)"


@workflow
async def main(rows: list[dict], key: str):
    blob = await pack(rows)
    return await upload(blob, key)
