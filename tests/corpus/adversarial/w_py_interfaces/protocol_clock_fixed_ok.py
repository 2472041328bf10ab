# SDK: wmill 1.850.0 client.py — step() checkpoints the ISO timestamp (JSON round trip gives back the str); the scheduler computes from that fixed clock on every replay
from datetime import datetime, timedelta, timezone
from typing import Protocol

from wmill import sleep, step, task, workflow


class Clock(Protocol):
    def now(self) -> datetime: ...


class FixedClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


class MaintenanceWindow:
    def __init__(self, start_hour: int, clock: Clock) -> None:
        self.start_hour = start_hour
        self.clock = clock

    def seconds_until_open(self) -> int:
        now = self.clock.now()
        start = now.replace(hour=self.start_hour, minute=0, second=0, microsecond=0)
        if start <= now:
            start += timedelta(days=1)
        return int((start - now).total_seconds())


@task()
async def restart_fleet(fleet: str) -> list[str]:
    import httpx

    return httpx.post(f"https://ops.example.com/fleets/{fleet}/restart").json()["hosts"]


@workflow
async def main(fleet: str, start_hour: int = 2):
    started = await step("started_at", lambda: datetime.now(timezone.utc).isoformat())
    window = MaintenanceWindow(start_hour, FixedClock(datetime.fromisoformat(started)))
    await sleep(window.seconds_until_open())
    return {"restarted": await restart_fleet(fleet)}
