# SDK: wmill 1.850.0 pydantic Field(default_factory=...) and dataclass field(default_factory=...) run only for a field the call leaves out (pydantic BaseModel.__init__ / dataclass __init__); here every instance built in the body is given its id and timestamp, captured once with step()
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timezone

import httpx
from pydantic import BaseModel, Field
from wmill import step, task, workflow


class ObservingRequest(BaseModel):
    request_id: str = Field(default_factory=lambda: uuid.uuid4().hex)
    submitted_at: str = Field(default_factory=lambda: datetime.now(timezone.utc).isoformat())
    target: str
    minutes: int
    instrument: str = "imager"


@dataclass
class Window:
    request_id: str
    opens: str
    token: str = field(default_factory=lambda: uuid.uuid4().hex[:10])
    notes: list[str] = field(default_factory=list)


@task()
async def submit(req: dict) -> dict:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://tao.observatory.example/api/requests", json=req)
        r.raise_for_status()
        return r.json()


@task()
async def book_window(window: dict) -> str:
    async with httpx.AsyncClient() as c:
        r = await c.post("https://tao.observatory.example/api/windows", json=window)
        return r.json()["slot"]


@workflow
async def main(targets: dict[str, int], instrument: str = "imager"):
    batch = await step("batch", lambda: uuid.uuid4().hex)
    submitted_at = await step("submitted_at", lambda: datetime.now(timezone.utc).isoformat())
    slots: dict[str, str] = {}
    for i, (target, minutes) in enumerate(sorted(targets.items())):
        req = ObservingRequest(
            request_id=f"{batch}-{i:03d}",
            submitted_at=submitted_at,
            target=target,
            minutes=minutes,
            instrument=instrument,
        )
        accepted = await submit(req.model_dump())
        window = Window(req.request_id, accepted["opens"], f"{batch[:6]}{i:04d}", [target])
        slots[target] = await book_window(
            {"request_id": window.request_id, "opens": window.opens, "token": window.token, "notes": window.notes}
        )
    return {"batch": batch, "slots": slots}
