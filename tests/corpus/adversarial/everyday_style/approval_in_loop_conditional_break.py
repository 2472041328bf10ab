# SDK: wmill 1.850.0 client.py WorkflowCtx._wait_for_approval: the loop only leaves on a rejection, so an approved first round reaches the same explicit key again and the SDK raises 'WAC step key "stage-gate" is already used'.
from wmill import task, wait_for_approval, workflow


@task()
async def deploy(env: str, version: str) -> dict:
    return {"env": env, "version": version}


@workflow
async def main(version: str, envs: list[str]):
    deployed = []
    for env in envs:
        gate = await wait_for_approval(key="stage-gate", timeout=3600)  # expect: WAC303
        if not gate.get("approved"):
            break
        deployed.append(await deploy(env, version))
    return deployed
