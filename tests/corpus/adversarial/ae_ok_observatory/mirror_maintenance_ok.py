# SDK: wmill 1.850.0 a TYPE_CHECKING-only import, an Enum whose .value crosses tasks, a match statement on task results, a clock value taken in a step and compared as ISO strings; a maintenance window approved with a literal key once
from __future__ import annotations

from datetime import date
from enum import Enum
from typing import TYPE_CHECKING

import httpx
from wmill import get_approval_urls, step, task, wait_for_approval, workflow

if TYPE_CHECKING:
    from collections.abc import Sequence


class Coating(str, Enum):
    ALUMINIUM = "al"
    SILVER = "ag"
    GOLD = "au"


REFLECTIVITY_FLOOR = {Coating.ALUMINIUM: 0.86, Coating.SILVER: 0.92, Coating.GOLD: 0.95}


@task()
async def measure_reflectivity(mirror: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.get(f"https://optics.observatory.example/mirrors/{mirror}/reflectivity")
        return r.json()


@task()
async def schedule_recoat(mirror: str, coating: str, after: str) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://optics.observatory.example/recoats", json={"mirror": mirror, "coating": coating, "after": after})
        return r.json()


@task()
async def page_optics_team(text: str, link: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://pager.observatory.example/optics", json={"text": text, "link": link})


def worst(readings: Sequence[dict]) -> dict:
    return min(readings, key=lambda r: r["value"])


@workflow
async def main(mirrors: list[str], coating: Coating = Coating.ALUMINIUM, earliest: str = "2027-01-10"):
    readings = [await measure_reflectivity(m) for m in mirrors]
    today = await step("today", lambda: date.today().isoformat())
    start = max(today, earliest)

    below = [r for r in readings if r["value"] < REFLECTIVITY_FLOOR[coating]]
    match below:
        case []:
            return {"status": "ok", "checked": len(readings)}
        case [single]:
            summary = f"{single['mirror']} at {single['value']:.3f}"
        case [*many]:
            summary = f"{len(many)} mirrors, worst {worst(many)['mirror']}"

    urls = await step("recoat_urls", lambda: get_approval_urls("recoat"))
    await page_optics_team(f"Recoat needed: {summary}", urls["approvalPage"])
    decision = await wait_for_approval(key="recoat", timeout=3 * 86400)
    if not decision["approved"]:
        return {"status": "deferred", "by": decision["approver"]}
    orders = [await schedule_recoat(r["mirror"], coating.value, start) for r in below]
    return {"status": "scheduled", "orders": orders}
