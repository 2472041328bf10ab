# SDK: wmill 1.850.0 client.py: the body re-runs every round; the decorator's wrapper posts an audit event when a decorated helper is called in the body (one finding per call that reaches it: each posts again on every replay).
import functools

import httpx

from wmill import task, workflow


def audited(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        httpx.post("https://audit.example.com/events", json={"fn": fn.__name__})
        return fn(*args, **kwargs)

    return wrapper


@audited
def plan_name(tier: str) -> str:
    return f"plan-{tier}"


@audited
def seats_for(tier: str) -> int:
    return {"pro": 10, "team": 50}.get(tier, 1)


@task()
async def provision(plan: str, seats: int) -> str:
    return f"{plan}:{seats}"


@workflow
async def main(tier: str):
    plan = plan_name(tier)  # expect: WAC101
    seats = seats_for(tier)  # expect: WAC101
    return await provision(plan, seats)
