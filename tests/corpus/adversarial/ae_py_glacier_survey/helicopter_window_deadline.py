# SDK: wmill 1.850.0 sleep() suspends and the body replays from the top, so a datetime.now() compared with the input deadline can take another branch on replay; random.uniform in the body draws a new value every round
import logging
import random
from datetime import datetime, timezone
from typing import Optional

import httpx
from wmill import sleep, task, workflow

log = logging.getLogger("glacier.heli")

WX_API = "https://wx.glaciology.example/api"
OPS_API = "https://ops.glaciology.example/api"


@task()
async def flight_conditions(site: str) -> dict:
    r = httpx.get(f"{WX_API}/sites/{site}/now")
    r.raise_for_status()
    wx = r.json()
    return {"wind_kt": wx["wind"], "ceiling_ft": wx["ceiling"], "visibility_km": wx["vis"]}


@task()
async def book_sortie(site: str, crew: list[str], notes: Optional[str]) -> dict:
    r = httpx.post(f"{OPS_API}/sorties", json={"site": site, "crew": crew, "notes": notes})
    r.raise_for_status()
    return r.json()


@task()
async def stand_down(site: str, reason: str) -> None:
    httpx.post(f"{OPS_API}/standdown", json={"site": site, "reason": reason}).raise_for_status()


def flyable(wx: dict) -> bool:
    return wx["wind_kt"] < 25 and wx["ceiling_ft"] > 1500 and wx["visibility_km"] > 5


@workflow
async def main(site: str, crew: list[str], deadline: datetime, notes: Optional[str] = None):
    checks = 0
    while datetime.now(timezone.utc) < deadline:  # expect: WAC102
        wx = await flight_conditions(site)
        checks += 1
        if flyable(wx):
            sortie = await book_sortie(site, crew, notes)
            return {"booked": sortie["id"], "checks": checks}
        # spread the re-checks so the field teams do not all call at once
        await sleep(1800 + random.uniform(0, 600))  # expect: WAC102
    await stand_down(site, f"no window before {deadline.isoformat()}")
    return {"booked": None, "checks": checks}
