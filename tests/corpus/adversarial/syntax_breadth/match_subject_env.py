# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a `match` on an environment variable picks its arm again each round, and a worker with another value takes another arm.
import os

from wmill import task, workflow


@task()
async def push_to_staging(build: str) -> str:
    return "staging"


@task()
async def push_to_production(build: str) -> str:
    return "production"


@workflow
async def main(build: str):
    match os.getenv("DEPLOY_TARGET", "staging"):  # expect: WAC102
        case "production":
            target = await push_to_production(build)
        case _:
            target = await push_to_staging(build)
    return {"build": build, "target": target}
