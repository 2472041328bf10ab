# SDK: wmill 1.850.0 client.py workflow(): "branching on external state ... must use step()"; the body re-runs on replay.
from os import environ
from os import getenv as env

from wmill import step, task, workflow


@task()
async def deploy(service: str, target: str) -> str:
    return f"{service} deployed to {target}"


@workflow
async def main(service: str):
    region = environ.get("DEPLOY_REGION", "us-east-1")  # expect: WAC102
    canary = env("CANARY_PERCENT")  # expect: WAC102
    target = f"{region}-canary" if canary else region
    result = await deploy(service, target)
    checked = await step("env_snapshot", lambda: environ.get("BUILD_ID", "local"))
    return {"result": result, "build": checked}
