# SDK: wmill 1.850.0 a task's result crosses json.dumps(default=str): an ISO string survives and is parsed back in the body
from datetime import datetime, timedelta, timezone

import httpx
from wmill import step, task, wait_for_approval, workflow

COURIER_API = "https://fineart-couriers.example/api"


def _parse_slot(raw: dict) -> datetime:
    return datetime.fromisoformat(raw["pickup_at"]).astimezone(timezone.utc)


@task()
async def earliest_pickup(city: str, crates: int) -> str:
    r = httpx.get(f"{COURIER_API}/slots", params={"city": city, "crates": crates})
    slots = sorted(_parse_slot(s) for s in r.json()["slots"])
    return slots[0].isoformat()


@task()
async def book_courier(city: str, pickup_at: str, crates: int) -> str:
    r = httpx.post(f"{COURIER_API}/bookings", json={"city": city, "pickup_at": pickup_at, "crates": crates})
    return r.json()["booking_ref"]


@workflow
async def main(loan_id: str, city: str, crates: int, install_by: str):
    deadline = datetime.fromisoformat(install_by) - timedelta(days=2)
    pickup_iso = await earliest_pickup(city=city, crates=crates)
    if datetime.fromisoformat(pickup_iso) > deadline:
        await wait_for_approval(timeout=86400, key="late_pickup")
    ref = await book_courier(city=city, pickup_at=pickup_iso, crates=crates)
    return await step("booking", lambda: {"loan": loan_id, "ref": ref})
