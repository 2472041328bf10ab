# SDK: wmill 1.850.0 client.py: zlib.compress returns bytes, which json.dumps(default=str) writes as the string "b'x\\x9c...'", so the next task decompresses a str.
import zlib

from wmill import task, workflow


@task()
async def pack(rows: list[dict]):
    import json

    return zlib.compress(json.dumps(rows).encode())  # expect: WAC107


@task()
async def upload(blob: str, key: str) -> str:
    return f"s3://bucket/{key} ({len(blob)} chars)"


@workflow
async def main(rows: list[dict], key: str):
    blob = await pack(rows)
    return await upload(blob, key)
