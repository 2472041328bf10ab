# SDK: wmill 1.850.0 client.py — acquire / migrate / release as plain awaited tasks in a fixed order; the context manager used in the body only logs in __aexit__ (returns None, so nothing is suppressed)
import logging

from wmill import task, workflow

log = logging.getLogger("migrations")
LOCKS = "https://locks.example.com/v1/leases"


class Phase:
    def __init__(self, name: str) -> None:
        self.name = name

    async def __aenter__(self) -> "Phase":
        log.info("phase %s: start", self.name)
        return self

    async def __aexit__(self, exc_type, exc, tb) -> None:
        log.info("phase %s: end (%s)", self.name, exc_type.__name__ if exc_type else "ok")


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


@workflow
async def main(tenants: list[str], run_id: str):
    if not await acquire("schema-migrations", run_id):
        return {"skipped": "lock held"}
    results = {}
    async with Phase("migrate"):
        for tenant in tenants:
            results[tenant] = await migrate_tenant(tenant)
    await release("schema-migrations", run_id)
    return results
