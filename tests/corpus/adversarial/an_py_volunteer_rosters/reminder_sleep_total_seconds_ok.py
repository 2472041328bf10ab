# SDK: wmill 1.850.0 client.py: WorkflowCtx._sleep sends max(1, int(seconds)), so a float from timedelta.total_seconds() is fine; wait_for_approval(timeout=...) gets an int
"""Remind volunteers before their shift, and escalate when nobody confirms."""

from datetime import timedelta

import httpx

from wmill import sleep, task, wait_for_approval, workflow

REMIND_BEFORE = timedelta(hours=20)
CONFIRM_WINDOW = timedelta(hours=6)


@task(timeout=60)
async def send_reminders(shift_id: str) -> int:
    async with httpx.AsyncClient() as http:
        r = await http.post(f"https://roster.foodbank.example/api/shifts/{shift_id}/remind")
        r.raise_for_status()
        return r.json()["sent"]


@task(timeout=60)
async def escalate(shift_id: str) -> None:
    async with httpx.AsyncClient() as http:
        await http.post(f"https://roster.foodbank.example/api/shifts/{shift_id}/escalate")


@workflow
async def main(shift_id: str, hours_until_shift: float):
    wait = timedelta(hours=hours_until_shift) - REMIND_BEFORE
    if wait > timedelta(0):
        await sleep(wait.total_seconds())
    sent = await send_reminders(shift_id)
    answer = await wait_for_approval(timeout=int(CONFIRM_WINDOW.total_seconds()), key="shift-lead")
    if not answer["approved"]:
        await escalate(shift_id)
    return {"reminded": sent, "confirmed": answer["approved"]}
