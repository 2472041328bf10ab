# SDK: wmill 1.850.0 calling a @task wrapper queues a step; a plain async receiver the body awaits runs its HTTP call in every round
"""Django-style post-signup signals kept as a registry of receivers, run by the workflow."""
import logging
from typing import Awaitable, Callable

from wmill import task, workflow

log = logging.getLogger("accounts.signals")

Receiver = Callable[[dict], Awaitable[None]]
POST_SIGNUP: list[Receiver] = []


def receiver(fn: Receiver) -> Receiver:
    POST_SIGNUP.append(fn)
    return fn


@receiver
@task(timeout=60)
async def provision_mailbox(user: dict) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://mail.internal.example/mailboxes", json={"login": user["login"]})


@receiver
async def announce_in_slack(user: dict) -> None:
    import httpx

    async with httpx.AsyncClient() as client:
        await client.post("https://hooks.slack.com/services/T000/B000/XXX", json={"text": f"welcome {user['login']}"})


@task(timeout=120)
async def create_user(login: str, team: str) -> dict:
    import httpx

    async with httpx.AsyncClient() as client:
        resp = await client.post("https://idp.internal.example/users", json={"login": login, "team": team})
    return resp.json()


@workflow
async def main(login: str, team: str):
    user = await create_user(login, team)
    for hook in POST_SIGNUP:
        await hook(user)  # expect: WAC101
    log.info("ran %d receivers", len(POST_SIGNUP))
    return {"user": user["id"]}
