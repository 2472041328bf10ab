# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `PurePosixPath` arithmetic, `fnmatch` over task results and `os.path.join` / `splitext` only handle strings.
import fnmatch
import os.path
from pathlib import PurePosixPath

from wmill import task, workflow


@task()
async def list_objects(bucket: str, prefix: str) -> list[str]:
    return ["raw/2024/a.csv", "raw/2024/b.json"]


@task()
async def convert(key: str, target: str) -> str:
    return target


@workflow
async def main(bucket: str, prefix: str = "raw/"):
    keys = await list_objects(bucket, prefix)
    out = []
    for key in fnmatch.filter(keys, "*.csv"):
        stem, _ = os.path.splitext(PurePosixPath(key).name)
        target = str(PurePosixPath("curated") / PurePosixPath(key).parent.name / f"{stem}.parquet")
        out.append(await convert(key, os.path.join(bucket, target)))
    return out
