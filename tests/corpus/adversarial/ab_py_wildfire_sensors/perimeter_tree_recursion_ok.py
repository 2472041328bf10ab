# SDK: wmill 1.850.0 recursion in the body is fine when it only awaits tasks: keys follow the same depth-first order each round
import httpx
from wmill import task, workflow

GIS = "https://gis.example.org/api/v2"


@task()
async def zone_children(zone_id: str) -> list[dict]:
    r = httpx.get(f"{GIS}/zones/{zone_id}/children", timeout=10)
    return r.json()


@task()
async def notify_zone(zone_id: str, level: str) -> str:
    return f"{zone_id}:{level}"


async def warn_subtree(zone_id: str, level: str, depth: int = 0) -> list[str]:
    sent = [await notify_zone(zone_id, level)]
    if depth >= 3:
        return sent
    for child in await zone_children(zone_id):
        sent += await warn_subtree(child["id"], "warning" if level == "evacuate" else "watch", depth + 1)
    return sent


@workflow
async def main(root_zone: str = "county-7", level: str = "evacuate"):
    return {"notified": await warn_subtree(root_zone, level)}
