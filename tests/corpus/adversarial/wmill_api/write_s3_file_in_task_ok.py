# SDK: wmill 1.850.0 client.py write_s3_file() uploads a file; in a @task it runs once; building an S3Object (a dict subclass) in the body is pure.
import json

import wmill
from wmill import task, workflow
from wmill.s3_types import S3Object


@task()
async def build_rows(day: str) -> list:
    return [{"day": day, "total": 3}]


@task()
async def upload(key: str, rows: list) -> str:
    wmill.write_s3_file(S3Object(s3=key), json.dumps(rows).encode())
    return key


@workflow
async def main(day: str):
    rows = await build_rows(day)
    target = S3Object(s3=f"reports/{day}.json")
    return {"key": await upload(target["s3"], rows)}
