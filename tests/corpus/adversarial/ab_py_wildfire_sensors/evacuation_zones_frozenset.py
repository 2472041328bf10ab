# SDK: wmill 1.850.0 gather() starts its coroutines in argument order and _alloc_key numbers them in that order; a frozenset of str is salted per process
import asyncio

from wmill import task, workflow

PRIORITY_ZONES = frozenset({"north-ridge", "cedar-flat", "lower-canyon", "mill-creek"})


@task()
async def issue_order(zone: str, level: str) -> dict:
    return {"zone": zone, "level": level}


@task()
async def extra_zones(fire_id: str) -> list[str]:
    return ["pine-hollow"]


@task()
async def open_shelter(zone: str) -> str:
    return f"shelter-{zone}"


@workflow
async def main(fire_id: str, level: str = "evacuate"):
    orders = await asyncio.gather(*(issue_order(z, level) for z in PRIORITY_ZONES))  # expect: WAC105

    more = await extra_zones(fire_id)
    shelters = list(map(open_shelter, PRIORITY_ZONES.union(more)))  # expect: WAC105
    opened = await asyncio.gather(*shelters)
    return {"orders": orders, "shelters": opened}
