# SDK: wmill 1.850.0 a task call queues its step when called; awaiting the asyncio task over its coroutine before returning observes its result
"""FastAPI BackgroundTasks habit carried into a workflow: start the welcome mail, activate, then collect both."""
import asyncio
import logging

from wmill import task, workflow

log = logging.getLogger("accounts.welcome")


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
    background: set[asyncio.Task] = set()
    job = asyncio.ensure_future(send_welcome(email))
    background.add(job)
    account = await activate(account_id)
    message_id = await job
    background.discard(job)
    log.info("welcome mail %s sent to %s", message_id, email)
    return {"account": account["id"], "status": account["status"], "message": message_id}
