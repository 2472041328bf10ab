# SDK: wmill 1.850.0 client.py _wait_for_approval: the task's step already took the key "deploy" (_alloc_key), so key="deploy" is allocated as "deploy_2" and the SDK raises RuntimeError ("already used in this workflow").
from wmill import task, wait_for_approval, workflow


@task(timeout=600)
async def deploy(service: str, version: str) -> str:
    return f"{service}@{version} on staging"


@task(timeout=600)
async def promote(service: str, version: str) -> str:
    return f"{service}@{version} on production"


@workflow
async def main(service: str, version: str):
    staged = await deploy(service, version)
    decision = await wait_for_approval(key="deploy", timeout=3600)  # expect: WAC303
    if not decision.get("approved"):
        return {"staged": staged, "promoted": False}
    return {"staged": staged, "promoted": await promote(service, version)}
