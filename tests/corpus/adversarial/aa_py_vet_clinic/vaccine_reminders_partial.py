# SDK: wmill 1.850.0 task() wrapper is a plain def returning ctx._next_step(...) (an awaitable); functools.partial keeps that; a dropped call is flushed unawaited
import functools
from datetime import date

import requests
from wmill import task, step, workflow

CLINIC_API = "https://api.pawsclinic.example/v2"


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


# one reminder flavour per channel, bound once
sms_reminder = functools.partial(send_reminder, channel="sms")
email_reminder = functools.partial(send_reminder, channel="email")

# audit hook posted to the practice-management system
audit_post = functools.partial(requests.post, f"{CLINIC_API}/audit", timeout=10)


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
            email_reminder(pet["id"], template=template)  # expect: WAC106
            sent += 1

    audit_post(json={"clinic": clinic_id, "sent": sent})  # expect: WAC101
    return {"clinic": clinic_id, "sent": sent}
