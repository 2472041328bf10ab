# SDK: wmill 1.850.0 `asyncio.gather` over a `map` of task calls awaits every call (one parallel round); `random.Random(seed)` with a string seed and `hashlib` digests are the same on every replay
"""Score candidate scenes for a customer order, ported from Ray (`ray.get([score.remote(s) for s in scenes])`)."""

from __future__ import annotations

import asyncio
import hashlib
import logging
import random

from wmill import task, workflow

log = logging.getLogger("tasking.scoring")


@task(timeout=600)
async def score_scene(scene_id: str) -> dict:
    import requests

    r = requests.get(f"https://qa.orbit.example/scenes/{scene_id}/quality", timeout=120)
    r.raise_for_status()
    q = r.json()
    return {"scene": scene_id, "cloud": q["cloud_pct"], "sun": q["sun_elev"]}


@task(timeout=120)
async def reserve(order_id: str, scene_ids: list[str]) -> dict:
    import requests

    r = requests.post(f"https://orders.orbit.example/{order_id}/reserve", json={"scenes": scene_ids}, timeout=60)
    r.raise_for_status()
    return r.json()


def ray_get(refs):
    return asyncio.gather(*refs)


def tiebreak(order_id: str, scenes: list[dict]) -> list[dict]:
    rng = random.Random(hashlib.sha256(order_id.encode()).hexdigest())
    shuffled = list(scenes)
    rng.shuffle(shuffled)
    return sorted(shuffled, key=lambda s: (s["cloud"], -s["sun"]))


@workflow
async def main(order_id: str, scene_ids: list[str], keep: int = 3):
    scores = await ray_get(map(score_scene, scene_ids))
    usable = [s for s in scores if s["cloud"] < 30]
    ranked = tiebreak(order_id, usable)[:keep]
    log.info("order %s: %d usable scenes", order_id, len(usable))
    if not ranked:
        return {"order": order_id, "status": "no_scenes"}
    booking = await reserve(order_id, [s["scene"] for s in ranked])
    return {"order": order_id, "reserved": booking["reserved"]}
