# SDK: wmill 1.850.0 client.py — a decorator applied above @task() wraps the task wrapper; its code runs in the workflow body (only the inner task call is dispatched), so its POST repeats each replay
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


@audited("user.offboard")
@task()
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
    revoked = await revoke_access(user_id=user_id, systems=systems)  # expect: WAC101
    archive = await archive_mailbox(user_id)
    return {"revoked": revoked, "archive": archive}
