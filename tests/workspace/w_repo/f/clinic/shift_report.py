# SDK: wmill 1.850.0 workflow(): body code re-runs per replay; Shift.minutes_left (f/core/visits.py) is a cached_property reading time.time, Roster.loaded_at is set when the module loads.
"""Hand-over report for the nursing shifts of a ward."""

from wmill import step, task, workflow

from f.core.visits import Roster, Shift


@task()
async def post_handover(ward: str, lines: list[str]) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        r = await client.post(f"https://wards.internal/{ward}/handover", json={"lines": lines})
        return r.json()["id"]


@workflow
async def main(ward: str, shifts: list[dict]):
    lines = []
    for s in shifts:
        shift = Shift(s["nurse"], s["starts_at"], s["hours"])
        if Roster.is_long(shift.hours):
            lines.append(f"{shift.label}: long shift")
        if shift.minutes_left < 30:  # expect: WAC102
            lines.append(f"{shift.label}: handing over soon")
    generated_at = Roster.loaded_at  # expect: WAC102
    handover_id = await post_handover(ward, lines)
    return await step("report", lambda: {"id": handover_id, "generated": generated_at})
