# SDK: wmill 1.850.0 each stage picked by the loop variable is awaited, so preheat finishes (and is checkpointed) before ramp_to_cone is dispatched
import logging
from dataclasses import dataclass

import httpx
from wmill import sleep, task, workflow

log = logging.getLogger("kiln.firing")

CONTROLLER = "https://kilns.studio.example/api"


@dataclass(frozen=True)
class Program:
    cone: str
    peak_c: int
    hold_min: int


PROGRAMS = {
    "bisque": Program("04", 1060, 10),
    "glaze": Program("6", 1222, 15),
    "raku": Program("010", 900, 0),
}


@task(timeout=3600)
async def preheat(kiln_id: str, target_c: int) -> dict:
    r = httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/preheat", json={"target_c": target_c})
    r.raise_for_status()
    return r.json()


@task(timeout=6 * 3600)
async def ramp_to_cone(kiln_id: str, target_c: int) -> dict:
    r = httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/ramp", json={"target_c": target_c})
    r.raise_for_status()
    return r.json()


@task(timeout=3600)
async def hold_and_cool(kiln_id: str, hold_min: int) -> dict:
    r = httpx.post(f"{CONTROLLER}/kilns/{kiln_id}/hold", json={"minutes": hold_min})
    r.raise_for_status()
    return r.json()


@workflow
async def main(kiln_id: str, program: str = "glaze", cool_hours: int = 12):
    prog = PROGRAMS[program]
    log.info("firing %s to cone %s (%dC)", kiln_id, prog.cone, prog.peak_c)
    for stage in (preheat, ramp_to_cone):
        await stage(kiln_id=kiln_id, target_c=prog.peak_c if stage is ramp_to_cone else 200)
    held = await hold_and_cool(kiln_id=kiln_id, hold_min=prog.hold_min)
    await sleep(cool_hours * 3600)
    return {"kiln": kiln_id, "cone": prog.cone, "held": held}
