# SDK: wmill 1.850.0 task() wrapper forwards kwargs through _merge_args, so a functools.partial of a task dispatches the same step; step() runs fn inline once and checkpoints it
import functools
from datetime import date

import requests
from wmill import task, step, workflow

CLINIC_API = "https://api.pawsclinic.example/v2"

audit_post = functools.partial(requests.post, f"{CLINIC_API}/audit", timeout=10)


@task(timeout=120)
async def send_reminder(pet_id: str, channel: str, template: str) -> dict:
    resp = requests.post(
        f"{CLINIC_API}/reminders",
        json={"pet_id": pet_id, "channel": channel, "template": template},
        timeout=30,
    )
    resp.raise_for_status()
    return resp.json()


@task()
async def load_due_pets(clinic_id: str, on: str) -> list[dict]:
    resp = requests.get(f"{CLINIC_API}/clinics/{clinic_id}/vaccines/due", params={"on": on})
    resp.raise_for_status()
    return resp.json()["pets"]


@task()
async def write_audit(clinic_id: str, sent: int) -> int:
    audit_post(json={"clinic": clinic_id, "sent": sent}).raise_for_status()
    return sent


sms_reminder = functools.partial(send_reminder, channel="sms")
email_reminder = functools.partial(send_reminder, channel="email")


@workflow
async def main(clinic_id: str, template: str = "rabies_booster"):
    today = await step("today", lambda: date.today().isoformat())
    pets = await load_due_pets(clinic_id, today)

    sent = 0
    for pet in pets:
        if pet.get("owner_phone"):
            await sms_reminder(pet["id"], template=template)
            sent += 1
        if pet.get("owner_email"):
            await email_reminder(pet["id"], template=template)
            sent += 1

    await write_audit(clinic_id, sent)
    return {"clinic": clinic_id, "sent": sent}
