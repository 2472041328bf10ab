# SDK: wmill 1.850.0 client.py workflow(): random values must be checkpointed; a sort key lambda the body runs draws new ones each replay.
import random

from wmill import task, workflow


@task()
async def notify(user: str) -> bool:
    return True


@workflow
async def main(users: list[str]):
    order = sorted(users, key=lambda _: random.random())  # expect: WAC102
    sent = [await notify(u) for u in order]
    return {"order": order, "sent": sum(sent)}
