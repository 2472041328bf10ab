# SDK: wmill 1.850.0 task(): partial(task, sender=...) still calls the task wrapper, which dispatches _next_step at call time and returns a coroutine; merged kwargs go to the child job, an unknown name reaches the task function and fails there.
"""Morning reminders for tomorrow's appointments."""

from wmill import step, task, workflow

from f.core.tasks import book_slot, charge_copay_eur, send_reminder


@task()
async def load_appointments(clinic: str, day: str) -> list[dict]:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.get(f"https://booking.internal/clinics/{clinic}/day/{day}")
        return resp.json()["appointments"]


@workflow
async def main(clinic: str, day: str, copay_cents: int = 1500):
    appointments = await load_appointments(clinic, day)
    sent = []
    for appt in appointments:
        text = f"Reminder: your appointment at {appt['time']} tomorrow."
        # fire-and-forget: the coroutine is never awaited
        send_reminder(appt["phone"], text)  # expect: WAC106
        sent.append(appt["patient_id"])

    # re-book the no-shows from last week
    for appt in appointments:
        if appt.get("no_show"):
            await book_slot(appt["patient_id"], slot=appt["time"], clinic=clinic)  # expect: WAC402

    receipts = []
    for appt in appointments:
        if appt.get("copay_due"):
            receipts.append(await charge_copay_eur(appt["patient_id"], amount=copay_cents))  # expect: WAC402

    summary = await step("summary", lambda: {"reminded": len(sent), "charged": len(receipts)})
    return summary
