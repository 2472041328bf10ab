# SDK: wmill 1.850.0 client.py — task() returns wrapper(*args, **kwargs) and _merge_args fills names; functools.partial(wrapper, channel=...) called later is the same task call, gathered here
import asyncio
from functools import partial

from wmill import task, workflow


@task()
async def notify(user_id: str, channel: str, template: str) -> str:
    import httpx

    r = httpx.post(f"https://notify.example.com/{channel}", json={"user": user_id, "template": template})
    return r.json()["id"]


email = partial(notify, channel="email")
sms = partial(notify, channel="sms")


@workflow
async def main(user_ids: list[str], urgent: bool = False):
    sender = sms if urgent else email
    ids = await asyncio.gather(*(sender(uid, template="maintenance_window") for uid in user_ids))
    return {"sent": len(ids)}
