"""Utility calendar: billing days run in local (America/Chicago) time."""

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

LOCAL = ZoneInfo("America/Chicago")


class Clock:
    @staticmethod
    def now_iso() -> str:
        return datetime.now(LOCAL).isoformat(timespec="seconds")

    @staticmethod
    def parse(value: str) -> datetime:
        return datetime.fromisoformat(value).astimezone(LOCAL)


def today() -> date:
    return datetime.now(LOCAL).date()


def cycle_start(day: date) -> date:
    return day.replace(day=1)


def days_between(a: str, b: str) -> int:
    return (date.fromisoformat(b) - date.fromisoformat(a)) // timedelta(days=1)
