# SDK: wmill 1.850.0 step() checkpoints fn's JSON result, so a date captured as an ISO string is stable across replays; match on task results is deterministic
from datetime import date, datetime

import requests
from wmill import task, step, workflow

PMS = "https://pms.happytails.example/api"


@task()
async def fetch_patient(patient_id: str) -> dict:
    r = requests.get(f"{PMS}/patients/{patient_id}", timeout=20)
    r.raise_for_status()
    return r.json()


@task()
async def book_recheck(patient_id: str, reason: str) -> dict:
    r = requests.post(f"{PMS}/appointments", json={"patient": patient_id, "reason": reason}, timeout=20)
    r.raise_for_status()
    return r.json()


@task()
async def notify_owner(patient_id: str, message: str) -> bool:
    r = requests.post(f"{PMS}/patients/{patient_id}/notify", json={"message": message}, timeout=20)
    return r.ok


@task()
async def flag_for_review(patient_id: str) -> bool:
    r = requests.post(f"{PMS}/patients/{patient_id}/flags", json={"flag": "review"}, timeout=20)
    return r.ok


@workflow
async def main(patient_id: str, survey_bucket: int = 0):
    patient = await fetch_patient(patient_id)
    today = date.fromisoformat(await step("today", lambda: date.today().isoformat()))
    last_visit = date.fromisoformat(patient["last_visit"])

    match patient["status"]:
        case "post_op" if (today - last_visit).days > 10:
            await book_recheck(patient_id, "post-op recheck overdue")
        case "post_op":
            await notify_owner(patient_id, "Please keep the cone on a few more days")
        case "chronic" if int(patient["visits"]) % 5 == survey_bucket:
            await notify_owner(patient_id, "How are we doing?")
        case "deceased":
            pass
        case _:
            await flag_for_review(patient_id)

    checked_at = await step("checked_at", lambda: datetime.utcnow().isoformat())
    return {"patient": patient_id, "checked_at": checked_at}
