# SDK: wmill 1.850.0 `WorkflowCtx._sleep` suspends with `"seconds": max(1, int(seconds))`; `int(timedelta(...))` raises `TypeError` (timedelta has no `__int__`), so the workflow fails at the sleep instead of waiting
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
    await sleep(WARM_UP)  # expect: WAC301
    report = await run_cue_check(show_id, hall)
    return {"show": show_id, "loaded": loaded, "cues": report}
