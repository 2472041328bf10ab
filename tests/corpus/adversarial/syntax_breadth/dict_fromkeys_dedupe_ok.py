# SDK: wmill 1.850.0 client.py `_alloc_key`: keys follow call order; `dict.fromkeys` keeps first-seen order, so the deduplicated list is dispatched in the same order on every replay.
from wmill import task, workflow


@task()
async def send_invite(email: str, position: int) -> bool:
    return True


@workflow
async def main(emails: list[str]):
    unique = list(dict.fromkeys(e.strip().lower() for e in emails))
    sent = 0
    for position, email in enumerate(unique):
        sent += await send_invite(email, position)
    return {"sent": sent}
