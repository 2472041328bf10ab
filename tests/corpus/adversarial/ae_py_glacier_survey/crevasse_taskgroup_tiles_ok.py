# SDK: wmill 1.850.0 asyncio.gather of task calls suspends once with every pending call (mode "parallel"); TaskError is an Exception, raised plain by gather, so `except* TaskError` around one awaited task is fine
import asyncio
import logging

import httpx
from wmill import TaskError, task, workflow

log = logging.getLogger("glacier.crevasse")

TILE_API = "https://tiles.glaciology.example"


@task(timeout=900, tag="gpu")
async def classify_tile(tile_id: str, model: str) -> dict:
    # inside the child job a TaskGroup is fine: this is one ordinary job
    async with httpx.AsyncClient(timeout=600) as client:
        async with asyncio.TaskGroup() as tg:
            pos = tg.create_task(client.post(f"{TILE_API}/classify", json={"tile": tile_id, "model": model}))
            meta = tg.create_task(client.get(f"{TILE_API}/tiles/{tile_id}"))
    body = pos.result().json()
    return {"tile": tile_id, "crevasse_px": body["positive"], "total_px": body["total"], "meta": meta.result().json()}


@task()
async def list_tiles(campaign: str, zoom: int) -> list[str]:
    r = httpx.get(f"{TILE_API}/campaigns/{campaign}/tiles", params={"z": zoom})
    r.raise_for_status()
    return [t["id"] for t in r.json()]


@task()
async def publish_hazard_map(campaign: str, scores: dict) -> str:
    r = httpx.put(f"{TILE_API}/campaigns/{campaign}/hazard", json=scores)
    r.raise_for_status()
    return r.json()["url"]


class TileBatch:
    def __init__(self, campaign: str, model: str):
        self.campaign = campaign
        self.model = model

    async def run(self, tiles: list[str]) -> dict[str, float]:
        results = await asyncio.gather(*(classify_tile(t, self.model) for t in tiles))
        return {r["tile"]: r["crevasse_px"] / max(1, r["total_px"]) for r in results}


@workflow
async def main(campaign: str, zoom: int = 14, model: str = "crevnet-v3"):
    tiles = await list_tiles(campaign, zoom)
    batch = TileBatch(campaign, model)
    scores = await batch.run(tiles)
    try:
        url = await publish_hazard_map(campaign, scores)
    except* TaskError as group:
        log.error("publishing failed: %s", group.exceptions[0])
        url = None
    return {"tiles": len(tiles), "map": url}
