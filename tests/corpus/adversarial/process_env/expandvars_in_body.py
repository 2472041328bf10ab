# SDK: wmill 1.850.0 client.py: os.path.expandvars substitutes environment variables of the worker replaying the round.
import os

from wmill import task, workflow


@task()
async def upload(src: str, bucket: str) -> bool:
    return True


@workflow
async def main(src: str):
    bucket = os.path.expandvars("${DEPLOY_ENV}-artifacts")  # expect: WAC102
    return await upload(src, bucket)
