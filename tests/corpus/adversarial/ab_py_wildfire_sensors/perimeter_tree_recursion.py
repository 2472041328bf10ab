# SDK: wmill 1.850.0 the body (and every helper it calls) re-runs in each round; only task/step results are replayed
import httpx
from wmill import task, workflow

GIS = "https://gis.example.org/api/v2"


@task()
async def notify_zone(zone_id: str, level: str) -> str:
    return f"{zone_id}:{level}"


async def warn_subtree(zone: dict, level: str, out: list) -> None:
    out.append(await notify_zone(zone["id"], level))
    # the children are looked up live, in the body: another answer each round
    children = httpx.get(f"{GIS}/zones/{zone['id']}/children", timeout=10).json()
    for child in children:
        await warn_subtree(child, "warning" if level == "evacuate" else "watch", out)


@workflow
async def main(root_zone: str = "county-7", level: str = "evacuate"):
    sent: list[str] = []
    await warn_subtree({"id": root_zone}, level, sent)  # expect: WAC101
    return {"notified": sent}
