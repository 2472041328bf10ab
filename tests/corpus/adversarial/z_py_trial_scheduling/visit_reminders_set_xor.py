# SDK: wmill 1.850.0 send_reminder, send_reminder_2, ... follow call order; {*a} ^ {*b} of participant id strings iterates in salted-hash order, so each replay asks for the results under other ids
from wmill import task, workflow, step


@task()
async def scheduled_participants(trial_id: str, visit: str) -> list[str]:
    import requests

    return requests.get(f"https://ctms.internal/trials/{trial_id}/visits/{visit}/participants", timeout=30).json()


@task()
async def confirmed_participants(trial_id: str, visit: str) -> list[str]:
    import requests

    return requests.get(f"https://ctms.internal/trials/{trial_id}/visits/{visit}/confirmed", timeout=30).json()


@task()
async def send_reminder(participant_id: str, visit: str) -> dict:
    import requests

    r = requests.post(
        "https://sms.internal/send",
        json={"participant": participant_id, "template": "visit_reminder", "visit": visit},
        timeout=15,
    )
    return {"participant": participant_id, "status": r.status_code}


@workflow
async def main(trial_id: str, visit: str = "week_4"):
    scheduled = await scheduled_participants(trial_id, visit)
    confirmed = await confirmed_participants(trial_id, visit)

    reminders = []
    for pid in {*scheduled} ^ {*confirmed}:  # expect: WAC105
        reminders.append(await send_reminder(pid, visit))

    n = await step("count", lambda: len(reminders))
    return {"visit": visit, "reminded": n, "detail": reminders}
