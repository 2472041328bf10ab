# SDK: wmill 1.850.0 clock and uuid reads only inside tasks and a step lambda; a dataclass result passed through asdict() inside the task and rebuilt with Fitting(**r) in the body; sleep() for a lead time from inputs
import uuid
from dataclasses import asdict, dataclass
from datetime import datetime, timezone

import httpx
from wmill import sleep, step, task, workflow


@dataclass
class Fitting:
    fitting_id: str
    actor: str
    costume: str
    booked_at: str
    room: str

    def label(self) -> str:
        return f"{self.actor} / {self.costume} in {self.room}"


@task()
async def book_fitting(actor: str, costume: str, room: str) -> dict:
    fitting = Fitting(str(uuid.uuid4()), actor, costume, datetime.now(timezone.utc).isoformat(), room)
    async with httpx.AsyncClient() as c:
        await c.post("https://wardrobe.theatre.example/fittings", json=asdict(fitting))
    return asdict(fitting)


@task()
async def remind(actor: str, text: str) -> None:
    async with httpx.AsyncClient() as c:
        await c.post("https://sms.theatre.example/send", json={"to": actor, "text": text})


@workflow
async def main(fittings: list[dict], lead_hours: int = 24):
    batch = await step("batch_id", lambda: uuid.uuid4().hex[:8])
    booked = [Fitting(**await book_fitting(f["actor"], f["costume"], f.get("room", "wardrobe-1"))) for f in fittings]
    if lead_hours > 2:
        await sleep((lead_hours - 2) * 3600)
    for f in sorted(booked, key=lambda f: f.actor):
        await remind(f.actor, f"Fitting today: {f.label()} (ref {f.fitting_id[:8]}, batch {batch})")
    return {"batch": batch, "booked": [f.fitting_id for f in booked]}
