# SDK: wmill 1.850.0 client.py `task`: the same helper awaited inside a task runs in that task's job once; the body awaits only tasks.
import httpx
from wmill import task, workflow


async def post_event(url: str, event: dict) -> int:
    async with httpx.AsyncClient(timeout=10) as client:
        resp = await client.post(url, json=event)
        return resp.status_code


@task()
async def close_ticket(ticket_id: str) -> dict:
    return {"ticket": ticket_id, "status": "closed"}


@task()
async def notify_hook(hook: str, event: dict) -> int:
    return await post_event(hook, event)


@workflow
async def main(ticket_id: str, hook: str):
    event = await close_ticket(ticket_id)
    status = await notify_hook(hook, event)
    return {"event": event, "hook_status": status}
