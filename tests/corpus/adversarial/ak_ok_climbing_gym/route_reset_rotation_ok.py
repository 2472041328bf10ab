# SDK: wmill 1.850.0: a str seed makes random.Random deterministic (sha512 of the seed, not hash()); tasks get their keys in call order; parallel dispatches in list order
import random
from datetime import datetime, timezone
from typing import Literal

from wmill import parallel, step, task, workflow

WALLS = {
    "cave": {"grade_band": "V0-V4", "holds": 140},
    "slab": {"grade_band": "V1-V6", "holds": 95},
    "prow": {"grade_band": "V3-V9", "holds": 120},
    "kids": {"grade_band": "VB-V2", "holds": 60},
}


def fetch_config(wall: str) -> dict:
    """Named like I/O, reads the table above."""
    return {"wall": wall, **WALLS[wall]}


def pick_setters(setters: list[str], seed: str, count: int) -> list[str]:
    rng = random.Random(seed)
    pool = sorted(setters)
    rng.shuffle(pool)
    return pool[:count]


@task(timeout=300)
async def strip_wall(wall: str, holds: int) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://ops.example-crag.io") as client:
        r = await client.post(f"/walls/{wall}/strip", json={"expected_holds": holds})
        r.raise_for_status()
        return r.json()


@task(retry={"attempts": 3, "delay": 20, "multiplier": 2})
async def assign_setter(wall: str, setter: str, grade_band: str) -> dict:
    import httpx

    async with httpx.AsyncClient(base_url="https://ops.example-crag.io") as client:
        r = await client.put(f"/walls/{wall}/setter", json={"setter": setter, "band": grade_band})
        r.raise_for_status()
        return {"wall": wall, "setter": setter}


@task()
async def post_schedule(assignments: list[dict], season: str) -> None:
    import httpx

    lines = [f"{a['wall']}: {a['setter']}" for a in assignments]
    async with httpx.AsyncClient() as client:
        await client.post("https://hooks.example-crag.io/setting", json={"season": season, "text": "\n".join(lines)})


@workflow
async def main(
    season: str,
    setters: list[str],
    walls: list[str] = ["cave", "slab", "prow"],
    mode: Literal["full", "partial"] = "partial",
):
    configs = [fetch_config(w) for w in walls if w in WALLS]
    crew = pick_setters(setters, f"{season}:{mode}", len(configs))
    started = await step("started_at", lambda: datetime.now(timezone.utc).isoformat())

    if mode == "full":
        await parallel(configs, lambda c: strip_wall(c["wall"], c["holds"]), concurrency=2)

    assignments = []
    for cfg, setter in zip(configs, crew):
        assignments.append(await assign_setter(cfg["wall"], setter, cfg["grade_band"]))

    await post_schedule(assignments, season)
    return {"season": season, "started": started, "assignments": assignments}
