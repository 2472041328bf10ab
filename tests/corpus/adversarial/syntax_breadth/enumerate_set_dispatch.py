# SDK: wmill 1.850.0 client.py `_alloc_key`: keys follow call order; `enumerate(set(...))` of strings numbers the items in per-process hash order, which changes on replay.
from wmill import task, workflow


@task()
async def send_invite(email: str, position: int) -> bool:
    return True


@workflow
async def main(emails: list[str]):
    sent = 0
    for position, email in enumerate(set(emails)):  # expect: WAC105
        sent += await send_invite(email, position)
    return {"sent": sent}
