# SDK: wmill 1.850.0 keys task calls by name and call order (`_alloc_key`: `calibrate_projectors`, `calibrate_projectors_2`, ...); the generator yields from a set of hall names (str hashing, salted per process), so each round dispatches the halls in another order and the keys point at other halls on replay
"""Nightly projector calibration. Ported from a Luigi wrapper task whose `requires()`
yielded one calibration per distinct hall of the day's programme."""

from collections.abc import Iterator

import httpx

from wmill import task, workflow


def halls_in_programme(shows: list[dict]) -> Iterator[str]:
    yield from {show["hall"] for show in shows}


@task(timeout=1800)
async def calibrate_projectors(hall: str) -> dict:
    async with httpx.AsyncClient(base_url="https://av.planetarium.example", timeout=60) as client:
        r = await client.post(f"/halls/{hall}/calibration")
        r.raise_for_status()
        return r.json()


@workflow
async def main(programme: list[dict]):
    reports = []
    for hall in halls_in_programme(programme):  # expect: WAC105
        reports.append(await calibrate_projectors(hall))
    return {"calibrated": reports}
