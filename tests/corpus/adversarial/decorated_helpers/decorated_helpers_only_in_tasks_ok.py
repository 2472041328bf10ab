# SDK: wmill 1.850.0 client.py: a task runs once as its own job; the audited helpers are called only inside tasks, and the body calls a pure decorated one.
import functools

import httpx

from wmill import task, workflow


def audited(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        httpx.post("https://audit.example.com/events", json={"fn": fn.__name__})
        return fn(*args, **kwargs)

    return wrapper


def checked(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        if not args:
            raise ValueError("missing argument")
        return fn(*args, **kwargs)

    return wrapper


@audited
def seats_for(tier: str) -> int:
    return {"pro": 10, "team": 50}.get(tier, 1)


@checked
def plan_name(tier: str) -> str:
    return f"plan-{tier}"


@task()
async def provision(plan: str, tier: str) -> str:
    return f"{plan}:{seats_for(tier)}"


@workflow
async def main(tier: str):
    return await provision(plan_name(tier), tier)
