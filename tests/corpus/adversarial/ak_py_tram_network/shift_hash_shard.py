# SDK: wmill 1.850.0 runs each round of the body in a new Python process; `hash()` of a tuple hashes its str items, which PYTHONHASHSEED salts per process, so the depot shard picked from it (and sent to the task) can differ between the round that dispatches and the replays
"""Balance overnight cleaning crews across depots, ported from a Celery beat job that
sharded lines with `hash((line, day)) % n`."""

from __future__ import annotations

import requests

from wmill import task, workflow

DEPOTS = ["north", "harbour", "university", "airport"]


@task(timeout=600)
async def book_cleaning(depot: str, line: str, day: str) -> dict:
    r = requests.post(
        f"https://depots.tram.example/{depot}/cleaning",
        json={"line": line, "day": day},
        timeout=30,
    )
    r.raise_for_status()
    return r.json()


@task(timeout=120)
async def publish_plan(day: str, plan: dict) -> None:
    requests.put(f"https://ops.tram.example/cleaning/{day}", json=plan, timeout=30).raise_for_status()


@workflow
async def main(day: str, lines: list[str]):
    plan: dict[str, str] = {}
    for line in lines:
        depot = DEPOTS[hash((line, day)) % len(DEPOTS)]  # expect: WAC102
        booking = await book_cleaning(depot, line, day)
        plan[line] = booking["slot"]
    await publish_plan(day, plan)
    return plan
