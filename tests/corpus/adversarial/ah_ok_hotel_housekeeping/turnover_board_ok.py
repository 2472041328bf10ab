# SDK: wmill 1.850.0 @workflow with @task (client.py task / workflow / step): the clock is read only inside tasks and one step; the step's ISO string is parsed right after the checkpoint; the attendant order comes from random.Random seeded with the inputs, so every replay draws the same sequence
import random
from datetime import datetime, timedelta, timezone

import httpx
from wmill import step, task, workflow

BOARD = "https://board.hotel.example/api"


def minutes_for(room: dict) -> int:
    base = 45 if room["type"] == "suite" else 30
    return base + (15 if room.get("stayover_days", 0) > 3 else 0)


@task(timeout=60)
async def load_departures(property_id: str, day: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=BOARD, timeout=20) as client:
        resp = await client.get(f"/{property_id}/departures", params={"day": day})
        resp.raise_for_status()
        return resp.json()["rooms"]


@task()
async def post_assignment(property_id: str, attendant: str, rooms: list[str], due: str) -> dict:
    stamped = datetime.now(timezone.utc).isoformat()
    async with httpx.AsyncClient(base_url=BOARD, timeout=20) as client:
        resp = await client.post(
            f"/{property_id}/assignments",
            json={"attendant": attendant, "rooms": rooms, "due": due, "posted_at": stamped},
        )
        resp.raise_for_status()
        return {"attendant": attendant, "count": len(rooms)}


@workflow
async def main(property_id: str, day: str, attendants: list[str], shift_minutes: int = 420):
    rooms = await load_departures(property_id, day)
    started = datetime.fromisoformat(await step("shift_start", lambda: datetime.now(timezone.utc).isoformat()))
    rng = random.Random(f"{property_id}:{day}")
    order = attendants[:]
    rng.shuffle(order)
    buckets: dict[str, list[str]] = {a: [] for a in order}
    load = {a: 0 for a in order}
    for room in sorted(rooms, key=lambda r: (r["floor"], r["number"])):
        who = min(order, key=lambda a: load[a])
        if load[who] + minutes_for(room) > shift_minutes:
            continue
        buckets[who].append(room["number"])
        load[who] += minutes_for(room)
    due = (started + timedelta(minutes=shift_minutes)).isoformat()
    posted = []
    for attendant in order:
        if buckets[attendant]:
            posted.append(await post_assignment(property_id, attendant, buckets[attendant], due))
    unassigned = len(rooms) - sum(len(v) for v in buckets.values())
    return {"posted": posted, "unassigned": unassigned, "due": due}
