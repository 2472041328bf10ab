# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; `zip` of two lists and `map` over a de-duplicated list (`dict.fromkeys`) keep the input's order, the same on every replay.
from wmill import task, workflow


@task()
async def invite(email: str, slot: int) -> str:
    return f"{email}:{slot}"


@workflow
async def main(emails: list[str], slots: list[int]):
    sent = []
    for email, slot in zip(emails, slots):
        sent.append(await invite(email, slot))
    for email in map(str.strip, dict.fromkeys(e.lower() for e in emails)):
        sent.append(await invite(email, 0))
    return sent
