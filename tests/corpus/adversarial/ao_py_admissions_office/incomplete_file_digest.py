# SDK: wmill 1.850.0: the body runs again after every suspension; humanize.naturaltime(dt) and arrow's .humanize() describe dt relative to the current time (they read the clock), so "2 days ago" in the body can read "3 days ago" on a replay, and a text built from it goes to a task
"""Weekly digest for counsellors: list each incomplete application and how long it has
been waiting, then email the digest."""

from __future__ import annotations

from datetime import datetime

import arrow
import httpx
import humanize
import wmill
from wmill import task, workflow

SIS = "https://sis.example-university.edu/api"


@task()
async def incomplete_files(counsellor_id: str) -> list[dict]:
    async with httpx.AsyncClient(base_url=SIS, timeout=30) as c:
        r = await c.get(f"/counsellors/{counsellor_id}/incomplete")
        r.raise_for_status()
        return sorted(r.json(), key=lambda a: a["submitted_at"])


@task()
async def email_digest(to: str, body: str) -> str:
    key = wmill.get_variable("f/admissions/sendgrid_key")
    async with httpx.AsyncClient(timeout=20) as c:
        r = await c.post(
            "https://api.sendgrid.com/v3/mail/send",
            headers={"authorization": f"Bearer {key}"},
            json={
                "personalizations": [{"to": [{"email": to}]}],
                "from": {"email": "admissions@example-university.edu"},
                "subject": "Incomplete applications",
                "content": [{"type": "text/plain", "value": body}],
            },
        )
        return r.headers.get("x-message-id", "")


@workflow
async def main(counsellor_id: str, counsellor_email: str):
    apps = await incomplete_files(counsellor_id)
    lines = []
    for a in apps:
        waiting = humanize.naturaltime(datetime.fromisoformat(a["submitted_at"]))  # expect: WAC102
        missing = ", ".join(sorted(a["missing"]))
        last_touch = arrow.get(a["last_contact_at"]).humanize()  # expect: WAC102
        lines.append(f"{a['applicant']} ({a['program']}): waiting {waiting}; missing {missing}; last contact {last_touch}")
    message_id = await email_digest(counsellor_email, "\n".join(lines) or "Nothing incomplete this week.")
    return {"count": len(apps), "message_id": message_id}
