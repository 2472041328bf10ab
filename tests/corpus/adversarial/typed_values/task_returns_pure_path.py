# SDK: wmill 1.850.0 client.py: a PurePosixPath is written by default=str as its text; the body's .suffix fails on the str.
from pathlib import PurePosixPath

from wmill import task, workflow


@task()
async def stage_upload(prefix: str, filename: str) -> PurePosixPath:
    return PurePosixPath(prefix) / filename  # expect: WAC107


@task()
async def convert(key: str, fmt: str) -> str:
    return key


@workflow
async def main(prefix: str, name: str):
    key = await stage_upload(prefix, name)
    return await convert(str(key), key.suffix.lstrip("."))
