"""Rent reminders, the legacy version (still scheduled for the two older buildings).

Its `now` / `new_id` are the legacy ones: derived from the scheduled time passed in.
"""

from f.legacy.clock import now, today
from f.legacy.ids import new_id
from wmill import sleep, task, workflow

import requests


@task()
async def remind(tenant_email: str, batch: str, due: str) -> bool:
    resp = requests.post(
        "https://mailer.internal/send",
        json={"to": tenant_email, "template": "rent_due", "batch": batch, "due": due},
        timeout=30,
    )
    return resp.ok


@workflow
async def main(tenant_emails: list[str], scheduled_for: str, due_day: int = 1):
    batch = new_id("remind", scheduled_for)
    started = now(scheduled_for)
    due = today(scheduled_for).replace(day=due_day).isoformat()
    sent = 0
    for i, email in enumerate(tenant_emails):
        if await remind(email, batch, due):
            sent += 1
        if i and i % 50 == 0:
            await sleep(60)
    return {"batch": batch, "sent": sent, "started": started.isoformat()}
