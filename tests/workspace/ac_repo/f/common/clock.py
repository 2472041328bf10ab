"""Resort-local time: the resort runs on Mountain time whatever the worker's zone."""

from datetime import datetime, timedelta, timezone

RESORT_TZ = timezone(timedelta(hours=-7))


def _now() -> datetime:
    return datetime.now(RESORT_TZ)


def today_local() -> str:
    return _now().strftime("%Y-%m-%d")


def season_day(opening: str) -> int:
    start = datetime.strptime(opening, "%Y-%m-%d").replace(tzinfo=RESORT_TZ)
    return (_now() - start).days
