# SDK: wmill 1.850.0 client.py: the body replays after each task, each round in a new process; hash() of a tuple of str mixes the str hashes, salted per process (PYTHONHASHSEED), so the lane, and so which task is called, can differ between rounds
"""Spread volunteer check-ins over three intake lanes, keeping one region and day on one lane."""

import httpx

from wmill import task, workflow


@task(timeout=60)
async def lane_a(volunteer_id: str) -> str:
    return await _check_in("a", volunteer_id)


@task(timeout=60)
async def lane_b(volunteer_id: str) -> str:
    return await _check_in("b", volunteer_id)


@task(timeout=60)
async def lane_c(volunteer_id: str) -> str:
    return await _check_in("c", volunteer_id)


async def _check_in(lane: str, volunteer_id: str) -> str:
    async with httpx.AsyncClient() as http:
        r = await http.post(f"https://roster.foodbank.example/api/lanes/{lane}/checkin", json={"volunteer": volunteer_id})
        r.raise_for_status()
        return r.json()["badge"]


LANES = [lane_a, lane_b, lane_c]


@workflow
async def main(day: str, volunteers: list[dict]):
    badges = []
    for v in volunteers:
        lane = LANES[hash((v["region"], day)) % len(LANES)]  # expect: WAC102
        badges.append(await lane(v["id"]))
    return {"badges": badges}
