# SDK: wmill 1.850.0 client.py `task`: only what is below `@task()` runs in the task job; `@audit(channel=...)` above it returns a wrapper that runs in the workflow body and posts to the audit webhook on every replay (windmill-oracle dag still draws `provision`).
import functools

import requests
from wmill import task, workflow

AUDIT_URL = "https://audit.example.com/events"


def audit(channel: str):
    def decorate(fn):
        @functools.wraps(fn)
        async def wrapper(*args, **kwargs):
            result = await fn(*args, **kwargs)
            requests.post(AUDIT_URL, json={"channel": channel, "task": fn.__name__}, timeout=5)
            return result

        return wrapper

    return decorate


@audit(channel="infra")
@task(timeout=900)
async def provision(env: str, size: str) -> dict:
    return {"env": env, "size": size, "id": "vm-1"}


@workflow
async def main(env: str, size: str = "small"):
    vm = await provision(env, size)  # expect: WAC101
    return vm
