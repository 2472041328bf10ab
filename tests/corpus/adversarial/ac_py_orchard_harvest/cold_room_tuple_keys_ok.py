# SDK: wmill 1.850.0 json.dumps(default=str): "room/shelf" str keys survive the checkpoint; tuple keys only live inside the task
import statistics

import httpx
from wmill import step, task, wait_for_approval, workflow

PROBE_API = "https://coldchain.orchard.internal/probes"
MAX_C = 3.5


@task()
async def read_probes(room: str) -> list[dict]:
    resp = httpx.get(f"{PROBE_API}/{room}/readings", params={"window": "6h"})
    resp.raise_for_status()
    return resp.json()["readings"]


@task()
async def shelf_means(room: str, readings: list[dict]) -> dict:
    grouped: dict[tuple[str, str], list[float]] = {}
    for r in readings:
        grouped.setdefault((room, r["shelf"]), []).append(float(r["celsius"]))
    return {f"{rm}/{shelf}": statistics.fmean(v) for (rm, shelf), v in grouped.items()}


@task()
async def move_pallets(room: str, shelves: list[str]) -> int:
    resp = httpx.post(f"{PROBE_API}/{room}/relocate", json={"shelves": shelves})
    return resp.json()["moved"]


@workflow
async def main(rooms: list[str]):
    warm = []
    for room in rooms:
        readings = await read_probes(room=room)
        means = await shelf_means(room=room, readings=readings)
        warm += [k for k, v in means.items() if v > MAX_C]
    if not warm:
        return {"warm": []}
    answer = await wait_for_approval(timeout=3600, key="relocate_warm_shelves")
    if not answer["approved"]:
        return {"warm": warm, "moved": 0}
    moved = 0
    for room in rooms:
        moved += await move_pallets(room=room, shelves=[w for w in warm if w.startswith(room + "/")])
    summary = await step("summary", lambda: {"moved": moved, "warm": sorted(warm)})
    return summary
