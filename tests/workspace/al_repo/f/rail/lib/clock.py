"""The railway service day: it runs 03:00 to 03:00 local time, not midnight to midnight."""

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

TZ = ZoneInfo("Europe/Vienna")
ROLLOVER_HOUR = 3


def service_day(at: datetime | None = None) -> str:
    at = at or datetime.now(TZ)
    if at.hour < ROLLOVER_HOUR:
        at = at - timedelta(days=1)
    return at.date().isoformat()


def service_day_of(timestamp: str) -> str:
    return service_day(datetime.fromisoformat(timestamp).astimezone(TZ))
