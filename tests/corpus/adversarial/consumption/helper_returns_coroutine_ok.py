# SDK: wmill 1.850.0 client.py: a sync helper that returns the task's coroutine hands it to the body, which awaits it.
from wmill import task, workflow


@task(timeout=120)
async def send_sms(phone: str, body: str) -> str:
    return "queued"


def reminder_for(patient: dict):
    return send_sms(patient["phone"], f"Reminder: appointment at {patient['slot']}")


@workflow
async def main(patients: list[dict]):
    statuses = []
    for patient in patients:
        statuses.append(await reminder_for(patient))
    return statuses
