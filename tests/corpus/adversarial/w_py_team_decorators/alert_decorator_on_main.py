# SDK: wmill 1.850.0 client.py — _run_workflow_async awaits func(**input_args) every round and each un-checkpointed task raises _StepSuspend (a BaseException) out of it, so a wrapper on main sees the suspension every round
import functools

import requests
from wmill import task, workflow

SLACK_HOOK = "https://hooks.slack.com/services/T000/B000/XXXX"


def alert_on_failure(fn):
    """Team convention: page #data-oncall when a pipeline blows up."""

    @functools.wraps(fn)
    async def wrapper(*args, **kwargs):
        try:
            return await fn(*args, **kwargs)
        except BaseException as exc:
            requests.post(SLACK_HOOK, json={"text": f"{fn.__name__} failed: {exc!r}"}, timeout=5)
            raise

    return wrapper


@task()
async def extract(day: str) -> list[dict]:
    import httpx

    return httpx.get("https://events.example.com/export", params={"day": day}).json()


@task()
async def load(rows: list[dict]) -> int:
    import httpx

    return httpx.post("https://warehouse.example.com/load", json=rows).json()["loaded"]


@alert_on_failure  # expect: WAC101
@workflow
async def main(day: str):
    rows = await extract(day)
    return {"loaded": await load(rows)}
