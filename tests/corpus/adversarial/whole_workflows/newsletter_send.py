# SDK: wmill 1.850.0 client.py: step keys are the given name plus a per-name counter (_counters); a name from the segment varies with the input; datetime.utcnow() in the body differs on each replay.
import asyncio
from datetime import datetime, timedelta
from typing import Any

from wmill import sleep, step, task, task_script, workflow

SEGMENTS = ("free", "trial", "paid")
BATCH_SIZE = 1000
SEND_WINDOW_HOURS = 2

render_template = task_script("f/marketing/render_newsletter")


@task(timeout=600)
async def fetch_audience(segment: str) -> list[str]:
    import psycopg

    with psycopg.connect("postgresql://marketing@db/marketing") as conn:
        rows = conn.execute("select email from subscribers where segment = %s and opted_in", (segment,)).fetchall()
    return [r[0] for r in rows]


@task(tag="email")
async def send_batch(emails: list[str], html: str, subject: str) -> int:
    import httpx

    async with httpx.AsyncClient(timeout=60) as client:
        resp = await client.post(
            "https://api.postmarkapp.com/email/batch",
            json=[{"To": e, "Subject": subject, "HtmlBody": html} for e in emails],
        )
        resp.raise_for_status()
    return len(emails)


def batched(items: list[str], size: int) -> list[list[str]]:
    return [items[i : i + size] for i in range(0, len(items), size)]


@workflow
async def main(issue_id: str, subject: str, throttle_s: int = 60) -> dict[str, Any]:
    window_ends = datetime.utcnow() + timedelta(hours=SEND_WINDOW_HOURS)  # expect: WAC102
    html = await render_template(issue_id=issue_id)
    sent: dict[str, int] = {}

    for segment in SEGMENTS:
        audience = await fetch_audience(segment)
        counts = await asyncio.gather(*(send_batch(b, html, subject) for b in batched(audience, BATCH_SIZE)))
        sent[segment] = sum(counts)
        await step(f"log_{segment}", lambda: {"segment": segment, "sent": sum(counts)})  # expect: WAC103
        await sleep(throttle_s)

    return {"issue": issue_id, "sent": sent, "window_ends": window_ends.isoformat()}
