# SDK: wmill 1.850.0 client.py step(): "Use for ... timestamps ... that should not" change on replay; a clock read in the body does.
import datetime as dt
from datetime import datetime as DateTime
from time import time as now_ts

from wmill import task, workflow


@task()
async def archive_partition(table: str, day: str) -> int:
    return 0


@workflow
async def main(table: str):
    today = dt.date.today()  # expect: WAC102
    cutoff = DateTime.utcnow() - dt.timedelta(days=30)  # expect: WAC102
    started = now_ts()  # expect: WAC102
    moved = await archive_partition(table, cutoff.strftime("%Y-%m-%d"))
    return {"moved": moved, "day": today.isoformat(), "started": started}
