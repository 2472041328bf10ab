# SDK: wmill 1.850.0 runs a task of the file in a child job that replays the body and calls the function with the arguments that replay computed (`_next_step` -> `_execute_directly(func, **kwargs)`): the plain `Enum` member arrives as itself, and `Stacking(member)` returns it
"""Yard stacking plan for green lumber: stack, sticker and cover each pack (agent-written from the WAC guide)."""

from __future__ import annotations

import logging
from enum import Enum

from wmill import step, task, workflow

log = logging.getLogger("sawmill.yard")

YARD_API = "https://yard.mill.example"


class Stacking(Enum):
    BULK = "bulk"
    STICKERED = "stickered"
    BOXED = "boxed"


def method_for(species: str, thickness_mm: int) -> Stacking:
    if species in ("oak", "ash", "walnut"):
        return Stacking.STICKERED
    return Stacking.BOXED if thickness_mm < 25 else Stacking.BULK


@task(timeout=180)
async def stack_pack(pack_id: str, method: str, bay: int) -> dict:
    import requests

    kind = Stacking(method)
    spacing = 600 if kind is Stacking.STICKERED else 0
    r = requests.post(f"{YARD_API}/bays/{bay}/stack", json={"pack": pack_id, "method": kind.value, "sticker_spacing_mm": spacing}, timeout=60)
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def free_bays(yard: str) -> list[int]:
    import requests

    r = requests.get(f"{YARD_API}/yards/{yard}/bays", params={"free": 1}, timeout=30)
    r.raise_for_status()
    return sorted(r.json()["bays"])


@task(timeout=120)
async def cover_bay(bay: int) -> None:
    import requests

    requests.post(f"{YARD_API}/bays/{bay}/cover", timeout=30)


@workflow
async def main(yard: str, packs: list[dict]):
    bays = await free_bays(yard)
    if len(bays) < len(packs):
        return {"status": "not enough bays", "free": len(bays), "packs": len(packs)}
    placed = []
    for pack, bay in zip(packs, bays):
        method = method_for(pack["species"], int(pack["thickness_mm"]))
        res = await stack_pack(pack["id"], method, bay)
        placed.append({"pack": pack["id"], "bay": bay, "stack": res["id"]})
    for bay in sorted({p["bay"] for p in placed}):
        await cover_bay(bay)
    summary = await step("summary", lambda: {"yard": yard, "placed": len(placed)})
    log.info("stacked %s", summary)
    return summary
