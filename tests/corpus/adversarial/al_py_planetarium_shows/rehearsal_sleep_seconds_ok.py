# SDK: wmill 1.850.0 `sleep(seconds)` suspends with `max(1, int(seconds))`; `int(WARM_UP.total_seconds())` is a plain int (1200), which the worker reads as the seconds to wait
"""Technical rehearsal of a new dome show: load the show, let the projectors warm up,
then run the cue check. Ported from a DBOS workflow that called
`DBOS.sleep(timedelta(...))`-style helpers."""

from datetime import timedelta

import httpx

from wmill import sleep, task, workflow

WARM_UP = timedelta(minutes=20)


@task(timeout=900)
async def load_show(show_id: str, hall: str) -> dict:
    async with httpx.AsyncClient(base_url="https://av.planetarium.example") as client:
        r = await client.post(f"/halls/{hall}/load", json={"show": show_id})
        r.raise_for_status()
        return r.json()


@task(timeout=1800)
async def run_cue_check(show_id: str, hall: str) -> dict:
    async with httpx.AsyncClient(base_url="https://av.planetarium.example") as client:
        r = await client.post(f"/halls/{hall}/cue-check", json={"show": show_id})
        r.raise_for_status()
        return r.json()


@workflow
async def main(show_id: str, hall: str):
    loaded = await load_show(show_id, hall)
    await sleep(int(WARM_UP.total_seconds()))
    report = await run_cue_check(show_id, hall)
    return {"show": show_id, "loaded": loaded, "cues": report}
