# SDK: wmill 1.850.0 keys task calls by name and call order (`_alloc_key`); the generator yields the distinct hall names sorted, the same order in every process, so each key gets the same hall on replay
"""Nightly projector calibration, one per distinct hall of the day's programme, in a
stable (sorted) order."""

from collections.abc import Iterator

import httpx

from wmill import task, workflow


def halls_in_programme(shows: list[dict]) -> Iterator[str]:
    yield from sorted({show["hall"] for show in shows})


@task(timeout=1800)
async def calibrate_projectors(hall: str) -> dict:
    async with httpx.AsyncClient(base_url="https://av.planetarium.example", timeout=60) as client:
        r = await client.post(f"/halls/{hall}/calibration")
        r.raise_for_status()
        return r.json()


@workflow
async def main(programme: list[dict]):
    reports = []
    for hall in halls_in_programme(programme):
        reports.append(await calibrate_projectors(hall))
    return {"calibrated": reports}
