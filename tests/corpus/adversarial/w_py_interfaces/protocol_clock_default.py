# SDK: wmill 1.850.0 client.py — a scheduler whose default clock reads datetime.now() is used in the body; the computed run time changes between replays
from datetime import datetime, timedelta, timezone
from typing import Protocol

from wmill import sleep, task, workflow


class Clock(Protocol):
    def now(self) -> datetime: ...


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class FixedClock:
    def __init__(self, at: datetime) -> None:
        self.at = at

    def now(self) -> datetime:
        return self.at


class MaintenanceWindow:
    def __init__(self, start_hour: int, clock: Clock | None = None) -> None:
        self.start_hour = start_hour
        self.clock = clock or SystemClock()

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
    wait_s = MaintenanceWindow(start_hour).seconds_until_open()  # expect: WAC102
    await sleep(wait_s)
    return {"restarted": await restart_fleet(fleet)}
