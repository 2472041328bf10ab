# SDK: wmill 1.850.0 task_script() call suspends the round at once (or returns the checkpoint), so asyncio.timeout never fires; step() keys are name-based and date.today() changes past midnight
"""Tsunami propagation run for a large offshore event, with a hard budget."""

import asyncio
from datetime import date

from wmill import step, task, task_script, workflow

propagate = task_script("f/tsunami/propagate", timeout=7200)


@task()
async def source_model(event_id: str) -> dict:
    import httpx

    r = httpx.get(f"https://finite-fault.seismo.example/{event_id}")
    r.raise_for_status()
    return r.json()


@task()
async def issue_bulletin(event_id: str, level: str, eta_min: list[int]) -> str:
    import httpx

    r = httpx.post("https://ptwc.example/bulletins", json={"event": event_id, "level": level, "eta": eta_min})
    r.raise_for_status()
    return r.json()["id"]


def level_for(max_amp_m: float) -> str:
    return "warning" if max_amp_m >= 1.0 else "advisory" if max_amp_m >= 0.3 else "information"


@workflow
async def main(event_id: str, coasts: list[str], budget_s: int = 1200):
    src = await source_model(event_id)
    try:
        async with asyncio.timeout(budget_s):
            run = await propagate(source=src, coasts=coasts)
    except TimeoutError:  # expect: WAC204
        run = {"max_amp_m": src.get("fallback_amp_m", 1.0), "eta_min": []}
    level = level_for(run["max_amp_m"])
    day_key = await step(f"bulletin_day_{date.today():%Y%m%d}", lambda: level)  # expect: WAC103, WAC102
    bulletin = await issue_bulletin(event_id, day_key, run["eta_min"])
    return {"event": event_id, "level": level, "bulletin": bulletin}
