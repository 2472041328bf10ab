# SDK: wmill 1.850.0 client.py: the offset is computed from an IANA zone given as input and a fixed date, the same in every round.
from datetime import datetime
from zoneinfo import ZoneInfo

from wmill import task, workflow


@task()
async def schedule_report(hour_utc: int) -> str:
    return f"cron 0 {hour_utc} * * *"


@workflow
async def main(local_hour: int = 8, zone: str = "Europe/Paris", on: str = "2026-01-15"):
    offset = datetime.fromisoformat(on).replace(tzinfo=ZoneInfo(zone)).utcoffset()
    offset_h = int(offset.total_seconds() // 3600) if offset else 0
    return await schedule_report((local_hour - offset_h) % 24)
