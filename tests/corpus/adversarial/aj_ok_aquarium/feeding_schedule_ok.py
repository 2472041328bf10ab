# SDK: wmill 1.850.0: step() round-trips fn's result through JSON and returns the cached value on replay; random.Random(seed) is deterministic
import hashlib
import random
import uuid
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from wmill import step, task, workflow

FEED_NAMESPACE = uuid.UUID("6f1d2c9e-4b1a-4f0e-9a55-1e2f3a4b5c6d")


@dataclass(frozen=True)
class Tank:
    tank_id: str
    species: str
    volume_l: int


TANKS = (
    Tank("reef-1", "clownfish", 4000),
    Tank("kelp-2", "leopard shark", 12000),
    Tank("jelly-3", "moon jelly", 900),
)


def rotation_for(tank: Tank, week: int) -> list[str]:
    rng = random.Random(f"{tank.tank_id}:{week}")
    foods = ["mysis", "krill", "brine shrimp", "pellets", "squid"]
    rng.shuffle(foods)
    return foods[:3]


def feed_key(tank_id: str, day: date) -> str:
    return str(uuid.uuid5(FEED_NAMESPACE, f"{tank_id}/{day.isoformat()}"))


@task()
async def post_schedule(tank_id: str, key: str, foods: list[str], day: str) -> dict:
    import httpx

    async with httpx.AsyncClient(timeout=20) as client:
        r = await client.put(
            f"https://husbandry.example-aquarium.org/api/feeding/{key}",
            json={"tank": tank_id, "foods": foods, "day": day},
        )
        r.raise_for_status()
        return r.json()


@workflow
async def main(start_day: str, days: int = 7):
    first = datetime.fromisoformat(start_day).date()
    week = first.isocalendar()[1]
    planned_at = await step("planned_at", lambda: datetime.now().isoformat(timespec="seconds"))
    receipts = []
    for offset in range(days):
        day = first + timedelta(days=offset)
        for tank in sorted(TANKS, key=lambda t: t.tank_id):
            foods = rotation_for(tank, week)
            digest = hashlib.sha256(",".join(foods).encode()).hexdigest()[:8]
            receipts.append(await post_schedule(tank.tank_id, feed_key(tank.tank_id, day), foods, day.isoformat()))
            print(f"{day} {tank.tank_id} menu {digest}")
    return {"planned_at": planned_at, "count": len(receipts), "week": week}
