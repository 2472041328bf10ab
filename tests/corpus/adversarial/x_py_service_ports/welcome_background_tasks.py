# SDK: wmill 1.850.0 a task call queues its step when called; the asyncio task created over its coroutine is never awaited, so its result and failure are lost (the runner only flushes _pending)
"""FastAPI BackgroundTasks habit carried into a workflow: fire the welcome mail and move on."""
import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger("accounts.welcome")

_background: set[asyncio.Task] = set()


@task(timeout=60)
async def send_welcome(email: str) -> str:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://api.sendgrid.com/v3/mail/send", json={"to": email, "template": "welcome"})
    return resp.headers.get("x-message-id", "")


@task(timeout=120)
async def activate(account_id: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post(f"https://accounts.internal.example/{account_id}/activate")
    return resp.json()


@workflow
async def main(account_id: str, email: str):
    account = await activate(account_id)
    job = asyncio.create_task(send_welcome(email))  # expect: WAC106
    _background.add(job)
    job.add_done_callback(_background.discard)
    log.info("welcome mail scheduled for %s", email)
    return {"account": account["id"], "status": account["status"]}
