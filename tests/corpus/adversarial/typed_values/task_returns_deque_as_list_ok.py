# SDK: wmill 1.850.0 client.py: list(deque) is a JSON array, which comes back as the same list of strings.
from collections import deque

from wmill import task, workflow


@task()
async def recent_events(stream: str, n: int) -> list[str]:
    events: deque = deque(maxlen=n)
    for i in range(100):
        events.append(f"{stream}-{i}")
    return list(events)


@task()
async def archive(event: str) -> bool:
    return True


@workflow
async def main(stream: str, n: int = 10):
    events = await recent_events(stream, n)
    return [await archive(e) for e in events]
