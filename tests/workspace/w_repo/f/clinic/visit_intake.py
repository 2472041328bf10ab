# SDK: wmill 1.850.0 workflow(): the body re-runs on every replay; building f/core/visits.Visit runs its __post_init__, which reads datetime.now.
"""Open a visit record for each walk-in and route referrals."""

from wmill import step, task, workflow

from f.core.visits import Referral, Visit


@task()
async def save_visit(record: dict) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://emr.internal/visits", json=record)
        return resp.json()["id"]


@task()
async def route_referral(patient_id: str, specialty: str, urgent: bool) -> dict:
    return {"patient": patient_id, "queue": f"{specialty}-{'urgent' if urgent else 'routine'}"}


@workflow
async def main(walk_ins: list[dict]):
    saved = []
    for walk_in in walk_ins:
        visit = Visit(walk_in["patient_id"], walk_in["reason"])  # expect: WAC102
        visit_id = await save_visit(
            {"patient": visit.patient_id, "reason": visit.reason, "created": visit.created_at}
        )
        saved.append(visit_id)
        if walk_in.get("specialty"):
            ref = Referral(walk_in["patient_id"], walk_in["specialty"], walk_in.get("urgent", False))
            await route_referral(ref.patient_id, ref.specialty, ref.urgent)
    return await step("done", lambda: {"visits": saved})
