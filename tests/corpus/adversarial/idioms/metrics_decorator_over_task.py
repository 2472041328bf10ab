# SDK: wmill 1.850.0 client.py `task`: the `@task` wrapper dispatches through `_next_step` and raises `_StepSuspend` (a BaseException) until the result exists; `@with_metrics` above it wraps that call, so its `finally` posts a metric in the body on every replay (windmill-oracle dag still draws `charge_card`).
import functools

import requests
from wmill import task, workflow

METRICS_URL = "https://metrics.example.com/v1/points"


def with_metrics(fn):
    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        try:
            return await fn(*args, **kwargs)
        finally:
            requests.post(METRICS_URL, json={"name": fn.__name__, "event": "call"}, timeout=3)

    return wrapper


@with_metrics
@task()
async def charge_card(customer_id: str, amount_cents: int) -> str:
    return f"ch_{customer_id}_{amount_cents}"


@workflow
async def main(customer_id: str, amount_cents: int):
    charge_id = await charge_card(customer_id, amount_cents)  # expect: WAC101
    return {"charge": charge_id}
