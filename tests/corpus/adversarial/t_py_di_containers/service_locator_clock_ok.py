# SDK: step(name, fn) runs fn once and replays its JSON result; the locator's clock is only read inside the step
from datetime import datetime, timedelta, timezone

from wmill import step, task, workflow


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


def horizon_iso(days_ahead: int) -> str:
    clock: SystemClock = Locator.get("clock")
    return (clock.now() + timedelta(days=days_ahead)).isoformat()


@workflow
async def main(days_ahead: int = 21):
    horizon = await step("horizon", lambda: horizon_iso(days_ahead))
    certs = await list_expiring_certs(before=horizon)
    return [await renew(host=c["host"]) for c in certs]
