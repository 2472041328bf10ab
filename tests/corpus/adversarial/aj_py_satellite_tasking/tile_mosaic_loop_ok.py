# SDK: wmill 1.850.0 each awaited task call is one step, keyed `merge_tiles`, `merge_tiles_2`, ... in call order (`_alloc_key`), the same on every replay
"""Merge processed image tiles into one mosaic, ported from a Ray pipeline; the fold is an awaited loop."""

from __future__ import annotations

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
    ortho = [await orthorectify(scene_id, tile) for tile in tiles]
    log.info("orthorectified %d tiles", len(ortho))
    mosaic = ortho[0]
    for nxt in ortho[1:]:
        mosaic = await merge_tiles(mosaic, nxt)
    entry = await register_mosaic(scene_id, mosaic)
    return {"scene": scene_id, "mosaic": mosaic, "catalog_id": entry["id"]}
