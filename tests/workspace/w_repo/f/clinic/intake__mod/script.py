# SDK: wmill 1.850.0 workflow(): the body re-runs per replay, so the environment read in .forms.intake_desk must be captured with step(); relative imports load the script's own module folder.
"""Register a walk-in and page triage when needed."""

from wmill import step, task, workflow

from .forms import intake_desk, normalise_phone, triage_level


@task()
async def register(walk_in: dict, clinic: str) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.post(f"https://emr.internal/{clinic}/walk-ins", json=walk_in)
        return r.json()["id"]


@task()
async def page_triage(visit_id: str, level: int) -> bool:
    return level <= 2


@workflow
async def main(walk_in: dict, clinic: str, priority: int = 0):
    walk_in = {**walk_in, "phone": normalise_phone(walk_in.get("phone", ""))}
    level = min(triage_level(walk_in.get("symptoms", [])), 3 - priority)
    visit_id = await register(walk_in, clinic)
    desk = intake_desk()  # expect: WAC102
    paged = await page_triage(visit_id, level)
    summary = await step("summary", lambda: {"desk": desk, "paged": paged})
    return {"visit_id": visit_id, "level": level, "summary": summary}
