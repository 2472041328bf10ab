# SDK: wmill 1.850.0 a workflow whose tasks convert values for the checkpoint themselves (isoformat, list of a set, str of Decimal); the body parses them right after; open_slots / write_summary are pure helpers; asyncio.Semaphore bounds a helper fan-out of tasks
import asyncio
import csv
import io
from datetime import datetime, timedelta

from wmill import task, workflow


@task()
async def partner_capacity(partner: str, day: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.get(f"https://transport.shelter.example/partners/{partner}/capacity", params={"day": day})
        data = r.json()
    return {"partner": partner, "species": sorted(set(data["species"])), "slots": int(data["slots"]), "departs": datetime.fromisoformat(data["departs"]).isoformat()}


@task()
async def book_seat(partner: str, animal: str, departs: str) -> str:
    import httpx

    async with httpx.AsyncClient(timeout=30) as c:
        r = await c.post(f"https://transport.shelter.example/partners/{partner}/book", json={"animal": animal, "departs": departs})
        return r.json()["seat"]


def open_slots(cap: dict, species: str) -> int:
    return cap["slots"] if species in cap["species"] else 0


def write_summary(rows: list[dict]) -> str:
    buf = io.StringIO()
    w = csv.DictWriter(buf, fieldnames=["animal", "partner", "seat", "arrives"])
    w.writeheader()
    w.writerows(rows)
    return buf.getvalue()


@workflow
async def main(day: str, partners: list[str], animals: list[dict], drive_hours: int = 6):
    gate = asyncio.Semaphore(4)

    async def capacity(p: str) -> dict:
        async with gate:
            return await partner_capacity(p, day)

    caps = await asyncio.gather(*(capacity(p) for p in partners))
    remaining = {c["partner"]: dict(c) for c in caps}
    rows = []
    for animal in animals:
        for partner in partners:
            cap = remaining[partner]
            if open_slots(cap, animal["species"]) > 0:
                seat = await book_seat(partner, animal["id"], cap["departs"])
                arrives = datetime.fromisoformat(cap["departs"]) + timedelta(hours=drive_hours)
                rows.append({"animal": animal["id"], "partner": partner, "seat": seat, "arrives": arrives.isoformat()})
                cap["slots"] -= 1
                break
    return {"booked": len(rows), "unplaced": len(animals) - len(rows), "manifest_csv": write_summary(rows)}
