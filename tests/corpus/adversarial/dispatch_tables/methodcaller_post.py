# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; `operator.methodcaller("post", ...)` calls the session's `post` when applied, sending the request each round.
import operator

import requests
from wmill import task, workflow


@task()
async def build_payload(order_id: str) -> dict:
    return {"order": order_id, "state": "packed"}


@workflow
async def main(order_id: str, hook: str):
    payload = await build_payload(order_id)
    session = requests.Session()
    notify = operator.methodcaller("post", hook, json=payload, timeout=10)
    notify(session)  # expect: WAC101
    return payload
