# An audit trail kept in a list the step callbacks append to.
from wmill import task, step, wait_for_approval, workflow


@task()
async def deploy(env: str) -> str:
    return f"deployed {env}"


@workflow
async def main(release: str):
    audit = []
    await step("tests", lambda: audit.append("tests-ran"))  # expect: WAC104
    await deploy("staging")
    await wait_for_approval(timeout=3600)
    await deploy("production")
    return {"release": release, "audit": audit}
