# SDK: wmill 1.850.0 step(name, fn) runs fn inline once; summarize() is pure string work
from wmill import step, task, workflow

from .helpers import archive_ticket, summarize


@task()
async def fetch_ticket(ticket_id: str) -> dict:
    from f.common.http import get_json

    return get_json(f"https://tickets.fieldops.example/v1/{ticket_id}")


@task()
async def mark_closed(ticket_id: str, summary: str) -> bool:
    from f.common.http import post_json

    post_json(f"https://tickets.fieldops.example/v1/{ticket_id}/close", {"summary": summary})
    return True


@workflow
async def main(ticket_id: str):
    ticket = await fetch_ticket(ticket_id)
    summary = summarize(ticket)
    path = await step("archive", lambda: archive_ticket(ticket_id, ticket))
    closed = await mark_closed(ticket_id, summary)
    return {"closed": closed, "archive": path}
