# SDK: wmill 1.850.0 client.py: calendar and zoneinfo computations of inputs give the same value on every replay (no clock read).
import calendar
from datetime import datetime
from zoneinfo import ZoneInfo

from wmill import task, workflow


@task()
async def bill_days(days: int, tz: str) -> int:
    return days


@workflow
async def main(year: int, month: int, tz: str = "Europe/Paris"):
    _, days = calendar.monthrange(year, month)
    first = datetime(year, month, 1, tzinfo=ZoneInfo(tz))
    return await bill_days(days, first.tzname() or tz)
