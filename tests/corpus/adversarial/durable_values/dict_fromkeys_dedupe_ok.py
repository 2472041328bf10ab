# SDK: wmill 1.850.0 client.py _alloc_key: dict.fromkeys keeps first-seen order (insertion order), the same in every process.
from wmill import task, workflow


@task()
async def warm_cache(tenant: str) -> bool:
    return True


@workflow
async def main(events: list[dict]):
    tenants = list(dict.fromkeys(e["tenant"] for e in events))
    for tenant in tenants:
        await warm_cache(tenant)
    return len(tenants)
