# SDK: wmill 1.850.0 wait_for_approval without a key in a loop gets approval, approval_2, ... in order; the clock is read in a step; except Exception cannot catch _StepSuspend
import logging
from datetime import datetime, timezone
from enum import Enum
from typing import Literal

import httpx
from wmill import step, task, wait_for_approval, workflow

log = logging.getLogger("avalanche")


class Zone(str, Enum):
    SUMMIT = "summit"
    NORTH_BOWL = "north_bowl"
    GULLY = "gully"


CHARGES = {Zone.SUMMIT: 4, Zone.NORTH_BOWL: 6, Zone.GULLY: 2}
PATROL_API = "https://patrol.resort.example/api"


@task()
async def close_zone(zone: str, reason: str) -> dict:
    async with httpx.AsyncClient(base_url=PATROL_API) as c:
        r = await c.post(f"/zones/{zone}/close", json={"reason": reason})
        r.raise_for_status()
        return r.json()


@task(timeout=3600)
async def fire_charges(zone: str, charges: int, blaster: str) -> dict:
    async with httpx.AsyncClient(base_url=PATROL_API) as c:
        r = await c.post(f"/zones/{zone}/control", json={"charges": charges, "blaster": blaster})
        r.raise_for_status()
        return r.json()


@task()
async def open_zone(zone: str) -> bool:
    async with httpx.AsyncClient(base_url=PATROL_API) as c:
        r = await c.post(f"/zones/{zone}/open")
        return r.is_success


@workflow
async def main(zones: list[Literal["summit", "north_bowl", "gully"]], blaster: str, hazard: int = 3):
    if hazard < 3:
        return {"skipped": True, "hazard": hazard}
    shift_start = await step("shift_start", lambda: datetime.now(timezone.utc).isoformat())
    report = []
    for zone in [z for z in Zone if z in zones]:
        await close_zone(zone.value, f"control work, hazard {hazard}")
        go = await wait_for_approval(timeout=2 * 3600)
        if not go["approved"]:
            report.append({"zone": zone.value, "fired": False})
            continue
        try:
            result = await fire_charges(zone.value, CHARGES[zone], blaster)
        except Exception as exc:
            log.error("control in %s failed: %s", zone.value, exc)
            report.append({"zone": zone.value, "fired": False, "error": str(exc)})
            continue
        reopened = await open_zone(zone.value) if result.get("clear") else False
        report.append({"zone": zone.value, "fired": True, "reopened": reopened})
    return {"shift_start": shift_start, "report": report}
