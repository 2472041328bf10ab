# SDK: wmill 1.850.0 client.py: `_alloc_key` numbers task keys by call order; `zip(set(...), ...)` and `map(str.strip, set(...))` follow the set's per-process string order, so the dispatch order changes between replays.
from wmill import task, workflow


@task()
async def invite(email: str, slot: int) -> str:
    return f"{email}:{slot}"


@workflow
async def main(emails: list[str], slots: list[int]):
    sent = []
    for email, slot in zip(set(emails), slots):  # expect: WAC105
        sent.append(await invite(email, slot))
    for email in map(str.strip, {e.lower() for e in emails}):  # expect: WAC105
        sent.append(await invite(email, 0))
    return sent
