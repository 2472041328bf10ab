# SDK: wmill 1.850.0 client.py — __aexit__ runs whenever the block unwinds, including when _StepSuspend passes through at each suspension, so its DELETE runs in the body on every round
import httpx
from wmill import task, workflow

LOCKS = "https://locks.example.com/v1/leases"


class Lease:
    def __init__(self, resource: str, owner: str) -> None:
        self.resource = resource
        self.owner = owner

    async def __aenter__(self) -> "Lease":
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        async with httpx.AsyncClient() as client:
            await client.delete(f"{LOCKS}/{self.resource}", params={"owner": self.owner})


@task()
async def acquire(resource: str, owner: str) -> bool:
    return httpx.post(f"{LOCKS}/{resource}", json={"owner": owner, "ttl": 3600}).status_code == 201


@task()
async def migrate_tenant(tenant: str) -> dict:
    return httpx.post(f"https://db-admin.example.com/tenants/{tenant}/migrate", timeout=1800).json()


@workflow
async def main(tenants: list[str], run_id: str):
    if not await acquire("schema-migrations", run_id):
        return {"skipped": "lock held"}
    results = {}
    async with Lease("schema-migrations", run_id):  # expect: WAC101
        for tenant in tenants:
            results[tenant] = await migrate_tenant(tenant)
    return results
