# SDK: wmill 1.850.0 client.py — the body replays each round; a property computed from datetime.now() gives a different `since` to the task call in the round that reads its result
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone

from wmill import task, workflow


@dataclass(frozen=True)
class LookbackWindow:
    days: int

    @property
    def since(self) -> str:
        return (datetime.now(timezone.utc) - timedelta(days=self.days)).isoformat()


@task()
async def load_events(stream: str, since: str) -> list[dict]:
    import httpx

    return httpx.get(f"https://events.example.com/{stream}", params={"since": since}).json()


@task()
async def summarize(events: list[dict]) -> dict:
    from collections import Counter

    return dict(Counter(e["kind"] for e in events))


@workflow
async def main(stream: str, days: int = 7):
    window = LookbackWindow(days)
    events = await load_events(stream, since=window.since)  # expect: WAC102
    return await summarize(events)
