# SDK: wmill 1.850.0 a `@task` wrapper returns an awaitable from `_next_step` without running anything; `functools.reduce` hands the previous call's coroutine to the next call as `acc`, so only the last call is awaited and every earlier one receives a coroutine as its argument
"""Merge processed image tiles into one mosaic, ported from a Ray pipeline (`functools.reduce(merge.remote, refs)`)."""

from __future__ import annotations

import functools
import logging

from wmill import task, workflow

log = logging.getLogger("tasking.mosaic")

TILE_BUCKET = "s3://orbit-tiles"


@task(timeout=1800, tag="gpu")
async def orthorectify(scene_id: str, tile: str) -> str:
    import subprocess

    out = f"{TILE_BUCKET}/{scene_id}/{tile}.ortho.tif"
    subprocess.run(["gdalwarp", "-t_srs", "EPSG:3857", f"{TILE_BUCKET}/{scene_id}/{tile}.tif", out], check=True)
    return out


@task(timeout=1800, tag="gpu")
async def merge_tiles(left: str, right: str) -> str:
    import subprocess

    out = left.replace(".ortho.tif", "") + "+" + right.rsplit("/", 1)[-1]
    subprocess.run(["gdal_merge.py", "-o", out, left, right], check=True)
    return out


@task(timeout=600)
async def register_mosaic(scene_id: str, uri: str) -> dict:
    import requests

    r = requests.post("https://catalog.orbit.example/mosaics", json={"scene": scene_id, "uri": uri}, timeout=60)
    r.raise_for_status()
    return r.json()


@workflow
async def main(scene_id: str, tiles: list[str]):
    if not tiles:
        return {"scene": scene_id, "status": "empty"}
    ortho: list[str] = []
    for tile in tiles:
        ortho.append(await orthorectify(scene_id, tile))
    log.info("orthorectified %d tiles", len(ortho))
    mosaic = await functools.reduce(lambda acc, nxt: merge_tiles(acc, nxt), ortho)  # expect: WAC106
    entry = await register_mosaic(scene_id, mosaic)
    return {"scene": scene_id, "mosaic": mosaic, "catalog_id": entry["id"]}
