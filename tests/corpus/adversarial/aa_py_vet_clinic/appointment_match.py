# SDK: wmill 1.850.0 workflow() docstring: branching on current time / random / external state must go through step(); match guards run in the body on every replay
from datetime import date, datetime
import random

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


@workflow
async def main(patient_id: str):
    patient = await fetch_patient(patient_id)
    last_visit = date.fromisoformat(patient["last_visit"])

    match patient["status"]:
        case "post_op" if (date.today() - last_visit).days > 10:  # expect: WAC102
            await book_recheck(patient_id, "post-op recheck overdue")
        case "post_op":
            await notify_owner(patient_id, "Please keep the cone on a few more days")
        case "chronic" if random.random() < 0.2:  # expect: WAC102
            # sample a fifth of chronic patients for the satisfaction survey
            await notify_owner(patient_id, "How are we doing?")
        case {"status": "deceased"} | "deceased":
            pass
        case _:
            requests.post(f"{PMS}/patients/{patient_id}/flags", json={"flag": "review"})  # expect: WAC101

    return {"patient": patient_id, "checked_at": await step("checked_at", lambda: datetime.utcnow().isoformat())}
