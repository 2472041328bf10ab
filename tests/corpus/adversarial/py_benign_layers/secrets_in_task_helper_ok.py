# SDK: wmill 1.850.0 client.py: token minting and the invite POST happen inside a task (once, in its child job); the body only passes inputs and results along.
import secrets
import string

from wmill import task, workflow

ALPHABET = string.ascii_letters + string.digits


def _token(n: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def invite_payload(email: str) -> dict:
    return {"email": email, "token": _token(24)}


@task()
async def send_invite(email: str) -> dict:
    import httpx

    payload = invite_payload(email)
    httpx.post("https://auth.internal/invites", json=payload)
    return {"email": email, "token_prefix": payload["token"][:4]}


@workflow
async def main(emails: list[str]):
    sent = []
    for email in sorted(set(e.lower() for e in emails)):
        sent.append(await send_invite(email))
    return sent
