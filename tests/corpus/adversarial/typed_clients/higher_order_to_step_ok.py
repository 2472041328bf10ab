# SDK: wmill 1.850.0 client.py: `step(name, fn)` runs `fn` once and checkpoints the result; the helper hands the posting function to a step inside a lambda, so it never runs in the body.
import requests
from wmill import step, task, workflow


def post_event(kind: str, ref: str) -> int:
    return requests.post("https://events.example/api", json={"kind": kind, "ref": ref}, timeout=10).status_code


async def checkpoint(name: str, fn, *args):
    return await step(name, lambda: fn(*args))


@task()
async def ship(order_id: str) -> str:
    return f"SHIP-{order_id}"


@workflow
async def main(order_id: str):
    ref = await ship(order_id)
    status = await checkpoint("notify_shipped", post_event, "shipped", ref)
    return {"ref": ref, "status": status}
