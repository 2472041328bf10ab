# SDK: wmill 1.850.0 client.py _alloc_key: a name built from a checkpointed task result is the same on every replay, but the guide says not to generate names.
from wmill import step, task, workflow


@task()
async def current_release(service: str) -> str:
    return "v1.42.0"


@task()
async def deploy(service: str, release: str) -> str:
    return f"{service}@{release}"


@workflow
async def main(service: str):
    release = await current_release(service)
    notes = await step(f"notes_{release}", lambda: f"Deploying {service} {release}")  # expect: WAC103
    return {"deployed": await deploy(service, release), "notes": notes}
