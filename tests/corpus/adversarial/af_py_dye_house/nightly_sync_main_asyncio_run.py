# SDK: wmill 1.850.0 workflow() only marks the function; Windmill runs main, a plain def here, so asyncio.run(run_nightly()) has no WorkflowCtx and every task runs in place, unchecked and unreplayed
"""Nightly colour-library sync, ported from a cron entry point that called
asyncio.run() on the async pipeline."""

import asyncio

from wmill import task, workflow

PLM = "https://plm.dyehouse.example/api"


@task()
async def export_colours(season: str) -> list[dict]:
    import httpx

    r = httpx.get(f"{PLM}/seasons/{season}/colours")
    r.raise_for_status()
    return r.json()


@task()
async def push_to_kitchen(colours: list[dict]) -> int:
    import httpx

    r = httpx.post("https://kitchen.dyehouse.example/library/bulk", json=colours)
    r.raise_for_status()
    return r.json()["accepted"]


@workflow  # expect: WAC005
async def run_nightly(season: str) -> dict:
    colours = await export_colours(season)
    fresh = [c for c in colours if c.get("status") == "approved"]
    accepted = await push_to_kitchen(fresh)
    return {"season": season, "exported": len(colours), "accepted": accepted}


def main(season: str = "AW25"):
    return asyncio.run(run_nightly(season))
