# SDK: wmill 1.850.0 _StepSuspend derives from BaseException; asyncio.TaskGroup (3.11) collects it into a BaseExceptionGroup that the runner's `except _StepSuspend` never matches, and `except* TaskError` does not unwrap it
import asyncio
import logging

import httpx
from wmill import TaskError, task, workflow

log = logging.getLogger("glacier.crevasse")

TILE_API = "https://tiles.glaciology.example"


@task(timeout=900, tag="gpu")
async def classify_tile(tile_id: str, model: str) -> dict:
    r = httpx.post(f"{TILE_API}/classify", json={"tile": tile_id, "model": model}, timeout=600)
    r.raise_for_status()
    body = r.json()
    return {"tile": tile_id, "crevasse_px": body["positive"], "total_px": body["total"]}


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
    """Ported from the asyncio service: classify a campaign's tiles concurrently."""

    def __init__(self, campaign: str, model: str):
        self.campaign = campaign
        self.model = model
        self.failed: list[str] = []

    async def run(self, tiles: list[str]) -> dict[str, float]:
        handles = {}
        try:
            async with asyncio.TaskGroup() as tg:
                for tile in tiles:
                    handles[tile] = tg.create_task(classify_tile(tile, self.model))
        except* TaskError as group:
            for err in group.exceptions:
                log.warning("tile failed: %s", err)
                self.failed.append(getattr(err, "step_key", "?"))
        scores = {}
        for tile, h in handles.items():
            if h.done() and not h.cancelled() and h.exception() is None:
                r = h.result()
                scores[tile] = r["crevasse_px"] / max(1, r["total_px"])
        return scores


@workflow
async def main(campaign: str, zoom: int = 14, model: str = "crevnet-v3"):
    tiles = await list_tiles(campaign, zoom)
    batch = TileBatch(campaign, model)
    scores = await batch.run(tiles)  # expect: WAC201
    url = await publish_hazard_map(campaign, scores)
    return {"tiles": len(tiles), "failed": batch.failed, "map": url}
