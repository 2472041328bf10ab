# SDK: wmill 1.850.0 client.py — when migrate_tenant suspends, __aexit__ runs with _StepSuspend and calls release(), whose _next_step raises a new _StepSuspend carrying only `release`: the migration is never dispatched
from wmill import task, workflow

LOCKS = "https://locks.example.com/v1/leases"


@task()
async def acquire(resource: str, owner: str) -> bool:
    import httpx

    return httpx.post(f"{LOCKS}/{resource}", json={"owner": owner, "ttl": 3600}).status_code == 201


@task()
async def release(resource: str, owner: str) -> None:
    import httpx

    httpx.delete(f"{LOCKS}/{resource}", params={"owner": owner})


@task()
async def migrate_tenant(tenant: str) -> dict:
    import httpx

    return httpx.post(f"https://db-admin.example.com/tenants/{tenant}/migrate", timeout=1800).json()


class Lease:
    def __init__(self, resource: str, owner: str) -> None:
        self.resource = resource
        self.owner = owner

    async def __aenter__(self) -> "Lease":
        await acquire(self.resource, self.owner)
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        await release(self.resource, self.owner)


@workflow
async def main(tenants: list[str], run_id: str):
    results = {}
    async with Lease("schema-migrations", run_id):  # expect: WAC203
        for tenant in tenants:
            results[tenant] = await migrate_tenant(tenant)
    return results
