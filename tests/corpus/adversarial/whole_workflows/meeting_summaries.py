# SDK: wmill 1.850.0 client.py: the workflow body re-runs after each _StepSuspend; an Anthropic messages.create there is sent again on every replay (only @task results and step values are checkpointed).
import asyncio
from dataclasses import dataclass

import anthropic
from wmill import parallel, step, task, workflow

claude = anthropic.Anthropic()
MODEL = "claude-3-5-haiku-latest"


@dataclass
class Meeting:
    id: str
    title: str
    transcript_url: str
    attendees: list


@task(timeout=300)
async def fetch_transcript(url: str) -> str:
    import httpx

    async with httpx.AsyncClient(timeout=60) as client:
        resp = await client.get(url)
        resp.raise_for_status()
        return resp.text


@task()
async def summarize(title: str, transcript: str) -> str:
    msg = claude.messages.create(
        model=MODEL,
        max_tokens=800,
        messages=[{"role": "user", "content": f"Summarize the meeting '{title}':\n\n{transcript[:50_000]}"}],
    )
    return msg.content[0].text


@task()
async def email_attendees(attendees: list, subject: str, body: str) -> int:
    import httpx

    async with httpx.AsyncClient() as client:
        await asyncio.gather(*(client.post("https://mail.internal/send", json={"to": a, "subject": subject, "body": body}) for a in attendees))
    return len(attendees)


@workflow
async def main(meetings: list[dict]):
    items = [Meeting(**m) for m in meetings]
    transcripts = await parallel([m.transcript_url for m in items], fetch_transcript, concurrency=4)
    summaries = []
    for meeting, transcript in zip(items, transcripts):
        summaries.append(await summarize(meeting.title, transcript))

    digest = claude.messages.create(  # expect: WAC101
        model=MODEL,
        max_tokens=400,
        messages=[{"role": "user", "content": "Combine into one weekly digest:\n\n" + "\n\n".join(summaries)}],
    ).content[0].text

    sent = 0
    for meeting, summary in zip(items, summaries):
        sent += await email_attendees(meeting.attendees, f"Summary: {meeting.title}", summary)
    stats = await step("stats", lambda: {"meetings": len(items), "emails": sent, "digest_chars": len(digest)})
    return {**stats, "digest": digest}
