# SDK: wmill 1.850.0 task(): task arguments cross JSON, so the slot is passed as an ISO string; price lookups run in a task; task_script / task_flow targets take keyword arguments.
"""Book the follow-up visits a doctor asked for and quote them."""

from wmill import task, task_flow, task_script, workflow

from f.core.pricing import next_slot, price_of, slot_label
from f.core.tasks import book_slot, send_letter

notify_patient = task_script("f/clinic/send_sms")
bill_run = task_flow("f/clinic/nightly_billing")


@task()
async def quote(patient_id: str, procedures: list[str]) -> dict:
    return {"patient": patient_id, "total": sum(price_of(code) for code in procedures)}


@workflow
async def main(patient_id: str, day: str, procedures: list[str], phone: str = ""):
    when = next_slot(day, 9).isoformat()
    booking = await book_slot(patient_id, when)
    offer = await quote(patient_id, procedures)
    await send_letter(patient_id, template="follow-up")
    if phone:
        await notify_patient(to=phone, text=f"Follow-up booked for {slot_label(day, 9)}")
    await bill_run(day=day, clinic="central")
    return {"booking": booking, "offer": offer, "label": slot_label(day, 9)}
