# SDK: wmill 1.850.0 task(): a partial of a task dispatches when called; awaiting it (or gathering it) keeps the result; positional args map onto the task's parameter names.
"""Morning reminders for tomorrow's appointments."""

import asyncio

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
    texts = [
        send_reminder(appt["phone"], f"Reminder: your appointment at {appt['time']} tomorrow.")
        for appt in appointments
    ]
    message_ids = await asyncio.gather(*texts)

    for appt in appointments:
        if appt.get("no_show"):
            await book_slot(appt["patient_id"], slot_start=appt["time"], clinic=clinic)

    receipts = []
    for appt in appointments:
        if appt.get("copay_due"):
            receipts.append(await charge_copay_eur(appt["patient_id"], amount_cents=copay_cents))

    return await step(
        "summary", lambda: {"reminded": len(message_ids), "charged": len(receipts)}
    )
