# SDK: wmill 1.850.0 client.py workflow(): the body re-runs after each task, so a token minted by secrets.choice in a helper the body calls is a different token in each round (the task gets another one than the one logged).
import secrets
import string

from wmill import task, workflow

ALPHABET = string.ascii_letters + string.digits


def _token(n: int) -> str:
    return "".join(secrets.choice(ALPHABET) for _ in range(n))


def invite_payload(email: str) -> dict:
    return {"email": email, "token": _token(24)}


@task()
async def send_invite(email: str, token: str) -> dict:
    import httpx

    httpx.post("https://auth.internal/invites", json={"email": email, "token": token})
    return {"email": email}


@workflow
async def main(emails: list[str]):
    sent = []
    for email in sorted(emails):
        payload = invite_payload(email)  # expect: WAC102
        sent.append(await send_invite(payload["email"], payload["token"]))
    return sent
