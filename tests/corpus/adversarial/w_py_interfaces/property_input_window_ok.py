# SDK: wmill 1.850.0 client.py — the property is computed from the workflow input only (no clock), so every replay passes the same `since`
from dataclasses import dataclass
from datetime import date, timedelta

from wmill import task, workflow


@dataclass(frozen=True)
class LookbackWindow:
    end: date
    days: int

    @property
    def since(self) -> str:
        return (self.end - timedelta(days=self.days)).isoformat()


@task()
async def load_events(stream: str, since: str, until: str) -> list[dict]:
    import httpx

    return httpx.get(f"https://events.example.com/{stream}", params={"since": since, "until": until}).json()


@task()
async def summarize(events: list[dict]) -> dict:
    from collections import Counter

    return dict(Counter(e["kind"] for e in events))


@workflow
async def main(stream: str, end_day: str, days: int = 7):
    window = LookbackWindow(date.fromisoformat(end_day), days)
    events = await load_events(stream, since=window.since, until=end_day)
    return await summarize(events)
