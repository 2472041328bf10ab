# SDK: wmill 1.850.0 raises `TaskError` (an `Exception`) when a task fails; `except* TaskError` matches it (a naked exception is wrapped in an ExceptionGroup for the match), while the suspension, `_StepSuspend(BaseException)`, matches no `except*` clause and is re-raised unwrapped
"""Hand a patient over to the emergency department. Ported from a Temporal workflow
whose activity raised ValueError for a rejected handover form; the port kept the
`except*` clause the team had added when the activities ran in a TaskGroup."""

import httpx

from wmill import TaskError, task, workflow


@task(timeout=120)
async def submit_handover(incident_id: str, hospital_id: str, summary: dict) -> dict:
    async with httpx.AsyncClient(base_url="https://ed.ems.example") as client:
        r = await client.post(f"/hospitals/{hospital_id}/handover", json={"incident": incident_id, **summary})
        if r.status_code == 422:
            raise ValueError(r.json()["detail"])
        r.raise_for_status()
        return r.json()


@task(timeout=60)
async def flag_for_supervisor(incident_id: str, reasons: list[str]) -> None:
    async with httpx.AsyncClient() as client:
        await client.post("https://cad.ems.example/supervisor-queue", json={"incident": incident_id, "reasons": reasons})


@workflow
async def main(incident_id: str, hospital_id: str, summary: dict):
    rejected: list[str] = []
    receipt = None
    try:
        receipt = await submit_handover(incident_id, hospital_id, summary)
    except* TaskError as group:
        rejected = [str(e) for e in group.exceptions]
    if rejected:
        await flag_for_supervisor(incident_id, rejected)
        return {"incident": incident_id, "handed_over": False}
    return {"incident": incident_id, "handed_over": True, "receipt": receipt}
