# SDK: wmill 1.850.0 client.py: values computed from inputs are the same on every replay; fromisoformat / timedelta / a literal datetime read no clock.
from datetime import datetime, timedelta, timezone

from wmill import task, workflow


@task()
async def export_range(start: str, end: str) -> int:
    return 0


@workflow
async def main(since: str, days: int = 7):
    start = datetime.fromisoformat(since).replace(tzinfo=timezone.utc)
    end = start + timedelta(days=days)
    epoch = datetime(1970, 1, 1, tzinfo=timezone.utc)
    assert start > epoch
    return await export_range(start.isoformat(), end.isoformat())
