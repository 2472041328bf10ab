# SDK: wmill 1.850.0 a task's result crosses json.dumps(default=str): the datetime a helper builds comes back as a str and the body's `<` against a datetime raises TypeError
from datetime import datetime, timedelta, timezone

import httpx
from wmill import step, task, wait_for_approval, workflow

COURIER_API = "https://fineart-couriers.example/api"


def _parse_slot(raw: dict):
    return datetime.fromisoformat(raw["pickup_at"]).astimezone(timezone.utc)


@task()
async def earliest_pickup(city: str, crates: int):
    r = httpx.get(f"{COURIER_API}/slots", params={"city": city, "crates": crates})
    slots = sorted(_parse_slot(s) for s in r.json()["slots"])
    return slots[0]  # expect: WAC107


@task()
async def book_courier(city: str, pickup_at: str, crates: int) -> str:
    r = httpx.post(f"{COURIER_API}/bookings", json={"city": city, "pickup_at": pickup_at, "crates": crates})
    return r.json()["booking_ref"]


@workflow
async def main(loan_id: str, city: str, crates: int, install_by: str):
    deadline = datetime.fromisoformat(install_by) - timedelta(days=2)
    pickup = await earliest_pickup(city=city, crates=crates)
    if pickup > deadline:
        await wait_for_approval(timeout=86400, key="late_pickup")
    ref = await book_courier(city=city, pickup_at=str(pickup), crates=crates)
    return await step("booking", lambda: {"loan": loan_id, "ref": ref})
