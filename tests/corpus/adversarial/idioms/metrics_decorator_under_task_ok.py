# SDK: wmill 1.850.0 client.py `task`: the decorated function (here `with_metrics`'s wrapper, named `charge_card` by functools.wraps) is what the task job runs; the body only dispatches it, so the metric is posted inside the task (windmill-oracle dag draws `charge_card`).
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


@task()
@with_metrics
async def charge_card(customer_id: str, amount_cents: int) -> str:
    return f"ch_{customer_id}_{amount_cents}"


@workflow
async def main(customer_id: str, amount_cents: int):
    charge_id = await charge_card(customer_id, amount_cents)
    return {"charge": charge_id}
