# SDK: wmill 1.850.0 task(): an inline task runs in a child job that replays the body and calls the function with the live arguments (_execute_directly), so a datetime argument arrives as itself; the body re-runs per replay, and f/core/pricing.price_of is an HTTP GET.
"""Book the follow-up visits a doctor asked for and quote them."""

from wmill import task, task_flow, task_script, workflow

from f.core.pricing import next_slot, price_of, slot_label
from f.core.tasks import book_slot, send_letter

notify_gp = task_script("f/clinic/notify_gp")  # expect: WAC401
bill_run = task_flow("f/clinic/nightly_billing")


@task()
async def quote(patient_id: str, total_cents: int) -> dict:
    return {"patient": patient_id, "total": total_cents}


@workflow
async def main(patient_id: str, day: str, procedures: list[str], gp_email: str = ""):
    when = next_slot(day, 9)
    booking = await book_slot(patient_id, when)
    total = sum(price_of(code) for code in procedures)  # expect: WAC101
    offer = await quote(patient_id, total)
    await send_letter(patient_id, template="follow-up")
    if gp_email:
        await notify_gp(patient_id=patient_id, email=gp_email)
    await bill_run(patient_id=patient_id, day=day)  # expect: WAC402
    return {"booking": booking, "offer": offer, "label": slot_label(day, 9)}
