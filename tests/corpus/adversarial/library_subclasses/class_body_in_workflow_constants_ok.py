# SDK: wmill 1.850.0 client.py: the body replays from the top; the class body inside the workflow only evaluates literals and the workflow's input, the same on every replay.
from wmill import task, workflow


@task()
async def apply(limits: dict, tenant: str) -> str:
    return f"{tenant}:{limits}"


@workflow
async def main(tenant: str, burst: int = 10):
    class Limits:
        default = 100
        per_tenant = {tenant: burst * 10}

    return await apply(Limits.per_tenant, tenant)
