# SDK: wmill 1.850.0 client.py write_s3_file() uploads through job_helpers/upload_s3_file: a PUT on every replay of the body.
import json

import wmill
from wmill import task, workflow
from wmill.s3_types import S3Object


@task()
async def build_rows(day: str) -> list:
    return [{"day": day, "total": 3}]


@workflow
async def main(day: str):
    rows = await build_rows(day)
    target = S3Object(s3=f"reports/{day}.json")
    wmill.write_s3_file(target, json.dumps(rows).encode())  # expect: WAC101
    return {"key": target["s3"]}
