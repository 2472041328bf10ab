# SDK: wmill 1.850.0 client.py — a partial of a task returns the wrapper's coroutine; _next_step queues the dispatch at call time but a coroutine nobody awaits loses the result and failure
from functools import partial

from wmill import task, workflow


@task()
async def notify(user_id: str, channel: str, template: str) -> str:
    import httpx

    r = httpx.post(f"https://notify.example.com/{channel}", json={"user": user_id, "template": template})
    return r.json()["id"]


@task()
async def mark_notified(batch_id: str, count: int) -> None:
    import httpx

    httpx.patch(f"https://ops.example.com/batches/{batch_id}", json={"notified": count})


@workflow
async def main(batch_id: str, user_ids: list[str]):
    sms = partial(notify, channel="sms", template="outage")
    for uid in user_ids:
        sms(uid)  # expect: WAC106
    await mark_notified(batch_id, len(user_ids))
    return {"batch": batch_id}
