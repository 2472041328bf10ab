# SDK: wmill 1.850.0: step keys follow dispatch order (_alloc_key); ints, floats and tuples of ints hash to the same values in every process (no str salting), so a set of (aisle, bay) int pairs iterates in the same order each replay and hash(int) % n is stable; min() of a set of str picks the same item whatever its order; a module dict a helper fills with setdefault is a client cache the body never reads
"""Detail shop rotation: every morning each wash bay gets its queue of cars, the
queue is split across the shop's tablets by bay number, and the lot porter is told
which (aisle, bay) pairs to stage first."""

from __future__ import annotations

import functools
import logging

import httpx
import wmill
from wmill import step, task, workflow

log = logging.getLogger("dealership.detail")

TABLETS = 4
_HTTP: dict[str, httpx.Client] = {}


def http_for(base_url: str) -> httpx.Client:
    return _HTTP.setdefault(base_url, httpx.Client(base_url=base_url, timeout=20))


@functools.lru_cache(maxsize=64)
def package_minutes(package: str) -> int:
    return {"express": 25, "full": 90, "ceramic": 240, "delivery_prep": 60}.get(package, 45)


def tablet_for(bay_no: int) -> int:
    return hash(bay_no) % TABLETS


@task()
async def todays_jobs(store_id: str, day: str) -> list[dict]:
    r = http_for("https://dms.example-motors.com").get(f"/api/v2/stores/{store_id}/detail", params={"day": day})
    r.raise_for_status()
    return r.json()


@task()
async def push_queue(store_id: str, tablet: int, jobs: list[dict]) -> int:
    r = http_for("https://shop.example-motors.com").put(f"/stores/{store_id}/tablets/{tablet}/queue", json=jobs)
    r.raise_for_status()
    return len(jobs)


@task()
async def stage_car(store_id: str, aisle: int, bay: int) -> str:
    r = http_for("https://lot.example-motors.com").post(f"/stores/{store_id}/stage", json={"aisle": aisle, "bay": bay})
    r.raise_for_status()
    return r.json()["ticket"]


@task()
async def tell_lead(store_id: str, lead_station: str, minutes: int) -> None:
    hook = wmill.get_variable("f/dealership/detail_webhook")
    httpx.post(hook, json={"text": f"{store_id}: lead at {lead_station}, {minutes} min of work booked"}, timeout=10)


@workflow
async def main(store_id: str, day: str):
    jobs = await todays_jobs(store_id, day)

    plan = await step("plan", lambda: sorted(
        ({**j, "minutes": package_minutes(j["package"])} for j in jobs),
        key=lambda j: (j["bay"], j["promised_at"], j["stock_no"]),
    ))

    per_tablet: dict[int, list[dict]] = {}
    for j in plan:
        per_tablet.setdefault(tablet_for(int(j["bay"])), []).append(j)
    pushed = 0
    for tablet in sorted(per_tablet):
        pushed += await push_queue(store_id, tablet, per_tablet[tablet])

    spots = {(int(j["aisle"]), int(j["bay"])) for j in plan if j.get("needs_staging")}
    tickets = []
    for aisle, bay in spots:
        tickets.append(await stage_car(store_id, aisle, bay))

    stations = {j["station"] for j in plan if j.get("station")}
    if stations:
        await tell_lead(store_id, min(stations), sum(j["minutes"] for j in plan))
    log.info("pushed %d jobs to %d tablets", pushed, len(per_tablet))
    return {"pushed": pushed, "staged": tickets}
