"""Nightly: page the on-call pathologist with the count of unsigned critical results; batch claims."""

from wmill import step, task, task_flow, task_script, workflow

from f.lab.paths import PAGE, Flows

page = task_script(PAGE)
claims = task_flow(Flows.CLAIMS)


@task(timeout=120)
async def unsigned_criticals(day: str) -> list[dict]:
    from f.lab.http import get_json

    return get_json(f"/lis/v1/criticals?day={day}&signed=false")["items"]


@workflow
async def main(day: str, pathologist_id: str, payer: str = "medicare"):
    items = await unsigned_criticals(day)
    if items:
        text = await step("text", lambda: f"{len(items)} unsigned critical results for {day}")
        await page(clinician_id=pathologist_id, text=text, urgency="urgent")  # expect: WAC402
    encounters = sorted({i["encounter"] for i in items})
    batch = await claims(encounter_ids=encounters, payer=payer) if encounters else None
    return {"day": day, "unsigned": len(items), "batch": batch}
