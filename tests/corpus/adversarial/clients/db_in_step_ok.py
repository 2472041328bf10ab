# SDK: wmill 1.850.0 client.py _run_inline_step: the lambda runs once and its result is checkpointed; the database call inside it is not replayed.
import psycopg
from wmill import step, task, workflow

conn = psycopg.connect("dbname=crm")


@task()
async def send_campaign(segment: str, emails: list[str]) -> int:
    return len(emails)


@workflow
async def main(segment: str):
    emails = await step(
        "segment_emails",
        lambda: [r[0] for r in conn.execute("SELECT email FROM contacts WHERE segment = %s", (segment,)).fetchall()],
    )
    sent = await send_campaign(segment, emails)
    await step("mark_sent", lambda: conn.execute("UPDATE segments SET last_sent = now() WHERE name = %s", (segment,)).rowcount)
    return {"sent": sent}
