# SDK: wmill 1.850.0 client.py: a bare except catches _StepSuspend; the task awaited in the handler raises its own suspension, so it runs on every healthy round.
from wmill import task, workflow


@task()
async def post_incident(summary: str) -> str:
    return "INC-1"


@task(timeout=3600)
async def migrate_tenant(tenant: str) -> dict:
    return {"tenant": tenant, "migrated": True}


@workflow
async def main(tenant: str):
    try:
        result = await migrate_tenant(tenant)
    except:  # expect: WAC201
        await post_incident(f"migration of {tenant} failed")
        raise
    return result
