# SDK: wmill 1.850.0 client.py workflow() docstring: branch on external state only through step(); the guide lists environment reads among them.
import os

from wmill import task, workflow


@task()
async def deploy(env: str, ref: str) -> str:
    return f"{env}:{ref}"


@workflow
async def main(ref: str):
    target = os.environ.get("DEPLOY_TARGET", "staging")  # expect: WAC102
    return await deploy(target, ref)
