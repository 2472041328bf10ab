# SDK: wmill 1.850.0 `task_script` keyword arguments are encoded as JSON: a `str(...)` of the path and an int survive unchanged; which renderer to use comes from the input, not the worker's disk
"""Render quicklooks for a scene's bands and attach them to the catalog, written by an agent from the WAC guide."""

from __future__ import annotations

import logging
from pathlib import PurePosixPath

from wmill import task, task_script, workflow

log = logging.getLogger("tasking.quicklook")

BANDS = ("B02", "B03", "B04", "B08")
SCENES_ROOT = PurePosixPath("/mnt/scenes")

render_quicklook = task_script("f/imaging/render_quicklook", timeout=1200, tag="gpu")
render_quicklook_remote = task_script("f/imaging/render_quicklook_remote", timeout=1800)


@task(timeout=120)
async def attach_previews(scene_id: str, previews: list[str]) -> dict:
    import requests

    r = requests.post(f"https://catalog.orbit.example/scenes/{scene_id}/previews", json={"uris": previews}, timeout=60)
    r.raise_for_status()
    return r.json()


@workflow
async def main(scene_id: str, size_px: int = 1024, remote: bool = False):
    scene_dir = SCENES_ROOT / scene_id
    renderer = render_quicklook_remote if remote else render_quicklook
    previews: list[str] = []
    for band in BANDS:
        out = await renderer(src=str(scene_dir / f"{band}.tif"), size_px=size_px)
        previews.append(out["uri"])
    log.info("rendered %d previews for %s", len(previews), scene_id)
    entry = await attach_previews(scene_id, previews)
    return {"scene": scene_id, "previews": previews, "catalog": entry["id"]}
