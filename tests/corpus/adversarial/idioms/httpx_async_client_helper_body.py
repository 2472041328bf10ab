# SDK: wmill 1.850.0 client.py: the body replays from the top; the helper opens an `httpx.AsyncClient` and posts, and the body awaits it directly (not through a task), so it posts on every replay.
import httpx
from wmill import task, workflow


async def post_event(url: str, event: dict) -> int:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(url, json=event)
        return resp.status_code


@task()
async def close_ticket(ticket_id: str) -> dict:
    return {"ticket": ticket_id, "status": "closed"}


@workflow
async def main(ticket_id: str, hook: str):
    event = await close_ticket(ticket_id)
    status = await post_event(hook, event)  # expect: WAC101
    return {"event": event, "hook_status": status}
