# SDK: wmill 1.850.0 client.py: a deque is not JSON; default=str writes "deque(['a', 'b'])", so the loop in the body walks the characters of that text.
from collections import deque

from wmill import task, workflow


@task()
async def recent_events(stream: str, n: int) -> deque:
    events: deque = deque(maxlen=n)
    for i in range(100):
        events.append(f"{stream}-{i}")
    return events  # expect: WAC107


@task()
async def archive(event: str) -> bool:
    return True


@workflow
async def main(stream: str, n: int = 10):
    events = await recent_events(stream, n)
    return [await archive(e) for e in events]
