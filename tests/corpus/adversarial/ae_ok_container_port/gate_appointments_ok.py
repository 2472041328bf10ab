# SDK: wmill 1.850.0 a seeded random.Random(slot_day) to spread trucks over slots; uuid5 ids from inputs; parallel() over sorted truck ids; a module-level constant built from a pure comprehension
import random
import uuid
from datetime import date, timedelta

import httpx
from wmill import parallel, task, workflow

NAMESPACE = uuid.UUID("6f6d1e4a-2b7c-4b1e-9a55-0c3f4c1d2e10")
SLOTS = tuple(f"{h:02d}:{m:02d}" for h in range(6, 22) for m in (0, 30))


@task(timeout=90)
async def confirm_slot(booking: dict) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://gate.port.example/appointments", json=booking)
        r.raise_for_status()
        return {"id": booking["id"], "status": r.json()["status"]}


def spread(trucks: list[str], day: str, capacity: int) -> dict[str, str]:
    rng = random.Random(day)
    slots = list(SLOTS)
    rng.shuffle(slots)
    usage: dict[str, int] = {}
    plan: dict[str, str] = {}
    i = 0
    for t in trucks:
        while usage.get(slots[i % len(slots)], 0) >= capacity:
            i += 1
        s = slots[i % len(slots)]
        usage[s] = usage.get(s, 0) + 1
        plan[t] = s
        i += 1
    return plan


@workflow
async def main(trucks: list[str], day: str, capacity_per_slot: int = 4):
    d = date.fromisoformat(day)
    if d.weekday() == 6:
        d = d + timedelta(days=1)
    ordered = sorted(set(trucks))
    plan = spread(ordered, d.isoformat(), capacity_per_slot)
    bookings = [{"id": str(uuid.uuid5(NAMESPACE, f"{d}:{t}")), "truck": t, "day": d.isoformat(), "slot": plan[t]} for t in ordered]
    confirmed = await parallel(bookings, confirm_slot, concurrency=8)
    return {"day": d.isoformat(), "confirmed": [c for c in confirmed if c["status"] == "ok"], "total": len(confirmed)}
