# SDK: wmill 1.850.0 step(): the lambda runs once and its JSON result is replayed; Referral.__post_init__ (f/core/visits.py) only normalises a string.
"""Open a visit record for each walk-in and route referrals."""

from dataclasses import asdict

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
    records = await step(
        "visit_records",
        lambda: [asdict(Visit(w["patient_id"], w["reason"])) for w in walk_ins],
    )
    saved = []
    for walk_in, record in zip(walk_ins, records):
        saved.append(await save_visit(record))
        if walk_in.get("specialty"):
            ref = Referral(walk_in["patient_id"], walk_in["specialty"], walk_in.get("urgent", False))
            await route_referral(ref.patient_id, ref.specialty, ref.urgent)
    return {"visits": saved}
