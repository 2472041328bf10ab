# The audit entries come back from the steps and are kept by the body.
from wmill import task, step, wait_for_approval, workflow


@task()
async def deploy(env: str) -> str:
    return f"deployed {env}"


@workflow
async def main(release: str):
    audit = []
    audit.append(await step("tests", lambda: "tests-ran"))
    audit.append(await deploy("staging"))
    await wait_for_approval(timeout=3600)
    audit.append(await deploy("production"))
    return {"release": release, "audit": audit}
