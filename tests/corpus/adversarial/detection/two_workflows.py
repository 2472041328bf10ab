# SDK: wmill 1.850.0 client.py: Windmill runs `main`; a second @workflow function is only a coroutine main would await, with no checkpoints of its own.
from wmill import task, workflow


@task()
async def provision(tenant: str) -> str:
    return f"db-{tenant}"


@workflow  # expect: WAC005
async def provision_all(tenants: list[str]) -> list[str]:
    return [await provision(t) for t in tenants]


@workflow
async def main(tenants: list[str]):
    return await provision(tenants[0]) if tenants else None
