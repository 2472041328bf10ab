# SDK: wmill 1.850.0 task_script() sends its kwargs as the script's args through JSON (default=str), so bytes arrive as the text "b'...'"; a task of the file would be called with the live object by the replaying child
import base64
import hashlib
import logging

import httpx
from wmill import task, task_script, workflow

log = logging.getLogger("regatta.video")

transcode = task_script("f/regatta/transcode_clip", timeout=1800)
review = task_script("f/regatta/jury_video_review", timeout=3600)


@task()
async def store_clip(protest_id: str, clip_b64: str, sha256: str) -> str:
    r = httpx.put(
        f"https://media.regatta.example/protests/{protest_id}/clip",
        content=base64.b64decode(clip_b64),
        headers={"X-Sha256": sha256},
    )
    r.raise_for_status()
    return r.json()["url"]


@workflow
async def main(protest_id: str, clip: bytes, angle: str = "chase_boat"):
    digest = hashlib.sha256(clip).hexdigest()
    url = await store_clip(protest_id, base64.b64encode(clip).decode(), digest)
    thumbs = await transcode(protest_id=protest_id, source=clip[:65536], angle=angle)  # expect: WAC107
    ruling = await review(protest_id=protest_id, clip_url=url, thumbs=thumbs, sha256=digest)
    log.info("protest %s reviewed: %s", protest_id, ruling.get("decision"))
    return {"protest": protest_id, "clip": url, "ruling": ruling}
