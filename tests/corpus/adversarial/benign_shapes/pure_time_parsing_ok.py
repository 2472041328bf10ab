# SDK: wmill 1.850.0 client.py: parsing and formatting times given as inputs, `calendar` arithmetic and a `ZoneInfo` conversion of an explicit instant read no clock.
import calendar
from datetime import datetime, timedelta, timezone
from zoneinfo import ZoneInfo

from wmill import task, workflow


@task()
async def bill_period(customer: str, start: str, end: str) -> dict:
    return {"customer": customer, "start": start, "end": end}


@workflow
async def main(customer: str, month: str, tz: str = "Europe/Paris"):
    first = datetime.strptime(month, "%Y-%m").replace(tzinfo=ZoneInfo(tz))
    days = calendar.monthrange(first.year, first.month)[1]
    last = first + timedelta(days=days) - timedelta(seconds=1)
    return await bill_period(customer, first.astimezone(timezone.utc).isoformat(), last.astimezone(timezone.utc).isoformat())
