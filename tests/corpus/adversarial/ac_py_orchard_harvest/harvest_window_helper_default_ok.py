# SDK: wmill 1.850.0 a step's value is checkpointed and replayed; the week is computed from the workflow's own input date, and the helper's default is None
from datetime import date, timedelta

from wmill import step, task, workflow

CREW_API = "https://crews.orchard.internal/api"


def season_week(day: date | None = None) -> int:
    if day is None:
        raise ValueError("season_week needs a day")
    return day.isocalendar()[1]


def crews_needed(acres: float, week: int) -> int:
    peak = 34 <= week <= 39
    per_crew = 4.5 if peak else 6.0
    return max(1, round(acres / per_crew))


@task()
async def block_acres(orchard: str) -> dict[str, float]:
    import httpx

    r = httpx.get(f"{CREW_API}/orchards/{orchard}/blocks")
    return {b["name"]: float(b["acres"]) for b in r.json()["blocks"]}


@task()
async def schedule_crews(orchard: str, block: str, crews: int, start: str) -> str:
    import httpx

    r = httpx.post(f"{CREW_API}/schedule", json={"orchard": orchard, "block": block, "crews": crews, "start": start})
    return r.json()["schedule_id"]


@workflow
async def main(orchard: str, start: str):
    acres = await block_acres(orchard=orchard)
    start_day = date.fromisoformat(start)
    week = season_week(start_day)
    plan = {name: crews_needed(a, week) for name, a in sorted(acres.items())}
    ids = []
    for i, (block, crews) in enumerate(plan.items()):
        day = (start_day + timedelta(days=i // 3)).isoformat()
        ids.append(await schedule_crews(orchard=orchard, block=block, crews=crews, start=day))
    return await step("plan", lambda: {"week": week, "plan": plan, "schedules": ids})
