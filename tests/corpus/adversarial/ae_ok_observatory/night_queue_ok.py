# SDK: wmill 1.850.0 a large workflow: dataclasses with pure methods, a priority queue built with heapq from task results, astropy-free sidereal math from an ISO string captured in a step, task_script for the reduction pipeline, parallel() with concurrency
from __future__ import annotations

import heapq
import math
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx
from wmill import parallel, sleep, step, task, task_script, workflow

SCHEDULER = "https://tao.observatory.example/api"
SITE_LON_DEG = -70.7366
MAX_AIRMASS = 2.0

reduce_frames = task_script("f/observatory/reduce_frames", timeout=3600)


@dataclass(order=True)
class Target:
    priority: float
    name: str = field(compare=False)
    ra_deg: float = field(compare=False)
    dec_deg: float = field(compare=False)
    exposure_s: int = field(compare=False, default=300)

    def hour_angle(self, lst_deg: float) -> float:
        return ((lst_deg - self.ra_deg + 540.0) % 360.0) - 180.0

    def airmass(self, lst_deg: float, lat_deg: float) -> float:
        ha = math.radians(self.hour_angle(lst_deg))
        dec, lat = math.radians(self.dec_deg), math.radians(lat_deg)
        alt = math.asin(math.sin(dec) * math.sin(lat) + math.cos(dec) * math.cos(lat) * math.cos(ha))
        return 1.0 / math.sin(alt) if alt > 0 else math.inf


def local_sidereal_deg(utc_iso: str, lon_deg: float) -> float:
    t = datetime.fromisoformat(utc_iso)
    j2000 = datetime(2000, 1, 1, 12, tzinfo=timezone.utc)
    days = (t - j2000).total_seconds() / 86400.0
    return (280.46061837 + 360.98564736629 * days + lon_deg) % 360.0


@task(timeout=120)
async def fetch_queue(program: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=SCHEDULER) as c:
        r = await c.get(f"/programs/{program}/queue")
        r.raise_for_status()
        return r.json()


@task(timeout=1800)
async def expose(target: str, exposure_s: int, filt: str) -> dict:
    async with httpx.AsyncClient(base_url=SCHEDULER, timeout=exposure_s + 60) as c:
        r = await c.post("/telescope/expose", json={"target": target, "seconds": exposure_s, "filter": filt})
        r.raise_for_status()
        return r.json()


@task()
async def dome(action: str) -> str:
    async with httpx.AsyncClient(base_url=SCHEDULER) as c:
        r = await c.post(f"/dome/{action}")
        return r.json()["state"]


@workflow
async def main(programs: list[str], lat_deg: float = -30.1690, filters: list[str] = ["g", "r", "i"], settle_s: int = 120):
    queues = await parallel(sorted(programs), fetch_queue, concurrency=2)
    heap: list[Target] = []
    for rows in queues:
        for row in rows:
            heapq.heappush(heap, Target(-float(row["priority"]), row["name"], row["ra"], row["dec"], row.get("exposure", 300)))

    utc_start = await step("night_start", lambda: datetime.now(timezone.utc).isoformat())
    lst = local_sidereal_deg(utc_start, SITE_LON_DEG)

    state = await dome("open")
    if state != "open":
        return {"observed": [], "dome": state}
    await sleep(settle_s)

    observed: list[dict] = []
    skipped: list[str] = []
    while heap:
        t = heapq.heappop(heap)
        if t.airmass(lst, lat_deg) > MAX_AIRMASS:
            skipped.append(t.name)
            continue
        frames = []
        for f in filters:
            frames.append(await expose(t.name, t.exposure_s, f))
        lst = (lst + sum(fr["elapsed_s"] for fr in frames) / 240.0) % 360.0
        observed.append({"target": t.name, "frames": [fr["frame_id"] for fr in frames]})

    await dome("close")
    reduced = await reduce_frames(frames=[fid for o in observed for fid in o["frames"]], night=utc_start[:10])
    return {"observed": observed, "skipped": skipped, "reduction": reduced}
