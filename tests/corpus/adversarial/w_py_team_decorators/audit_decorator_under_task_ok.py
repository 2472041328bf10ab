# SDK: wmill 1.850.0 client.py — @task() applied over an async wrapper (functools.wraps keeps __name__ for the step key): _execute_directly runs the wrapper, audit POST included, inside the child job only
import functools

import requests
from wmill import task, workflow

AUDIT_URL = "https://audit.example.com/v1/events"


def audited(action: str):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            requests.post(AUDIT_URL, json={"action": action, "args": kwargs}, timeout=5)
            return await fn(*args, **kwargs)

        return wrapper

    return decorate


@task()
@audited("user.offboard")
async def revoke_access(user_id: str, systems: list[str]) -> dict:
    import httpx

    out = {}
    for system in systems:
        out[system] = httpx.delete(f"https://iam.example.com/{system}/users/{user_id}").status_code
    return out


@task()
async def archive_mailbox(user_id: str) -> str:
    import httpx

    return httpx.post(f"https://mail.example.com/admin/archive/{user_id}").json()["archive_id"]


@workflow
async def main(user_id: str, systems: list[str]):
    revoked = await revoke_access(user_id=user_id, systems=systems)
    archive = await archive_mailbox(user_id)
    return {"revoked": revoked, "archive": archive}
