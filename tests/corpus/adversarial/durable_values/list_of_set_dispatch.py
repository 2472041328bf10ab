# SDK: wmill 1.850.0 client.py _alloc_key: list(set(...)) keeps the set's per-process order, so the dispatch order (and the keys) still change between replays.
from wmill import task, workflow


@task()
async def warm_cache(tenant: str) -> bool:
    return True


@workflow
async def main(events: list[dict]):
    tenants = list(set(e["tenant"] for e in events))
    for tenant in tenants:  # expect: WAC105
        await warm_cache(tenant)
    return len(tenants)
