# SDK: the workflow body re-runs from the top after each task; a clock read in it (here through a locator-registered Clock) differs on every replay
from datetime import datetime, timedelta, timezone

from wmill import task, workflow


class SystemClock:
    def now(self) -> datetime:
        return datetime.now(timezone.utc)


class Locator:
    _services: dict[str, object] = {}

    @classmethod
    def provide(cls, name: str, service: object) -> None:
        cls._services[name] = service

    @classmethod
    def get(cls, name: str):
        return cls._services[name]


Locator.provide("clock", SystemClock())


@task()
async def list_expiring_certs(before: str) -> list[dict]:
    return [{"host": "api.example.com", "not_after": before}]


@task()
async def renew(host: str) -> dict:
    return {"host": host, "renewed": True}


@workflow
async def main(days_ahead: int = 21):
    clock: SystemClock = Locator.get("clock")
    horizon = clock.now() + timedelta(days=days_ahead)  # expect: WAC102
    certs = await list_expiring_certs(before=horizon.isoformat())
    return [await renew(host=c["host"]) for c in certs]
