# SDK: wmill 1.850.0 task(): step keys follow call order; sorted() of a set of str gives one order in every process, and a list keeps its order.
"""Rebuild the search index of every active region, shortest region names first."""

from wmill import task, workflow

from f.core.topology import ACTIVE_REGIONS, REGION_ORDER


@task(timeout=1800)
async def rebuild_index(region: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.post(f"https://search-{region}.internal/admin/rebuild")
        return {"region": region, "docs": r.json()["docs"]}


@task()
async def warm_cache(region: str) -> bool:
    return True


@workflow
async def main(warm: bool = True):
    rebuilt = []
    for region in sorted(ACTIVE_REGIONS, key=lambda r: (len(r), r)):
        rebuilt.append(await rebuild_index(region))
    if warm:
        for region in REGION_ORDER:
            await warm_cache(region)
    return rebuilt
