"""Tasks shared by several workflows."""

import requests
from wmill import task


@task()
async def send_email(to: str, subject: str) -> str:
    requests.post("https://mail.example.com/send", json={"to": to, "subject": subject}, timeout=10)
    return to


async def notify_all(users: list[str]) -> list[str]:
    sent = []
    for user in users:
        sent.append(await send_email(to=user, subject="weekly digest"))
    return sent
