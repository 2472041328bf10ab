# SDK: wmill 1.850.0 client.py: dataclasses.asdict keeps field values as they are; default=str turns the datetime field into "2026-03-01 09:00:00", not ISO 8601, and fromisoformat-free code in the body reads .hour off a str.
from dataclasses import asdict, dataclass
from datetime import datetime

from wmill import task, workflow


@dataclass
class Shift:
    worker: str
    starts: datetime


@task()
async def next_shift(worker: str) -> dict:
    shift = Shift(worker=worker, starts=datetime(2026, 3, 1, 9, 0))
    return asdict(shift)  # expect: WAC107


@workflow
async def main(worker: str):
    shift = await next_shift(worker)
    return {"worker": shift["worker"], "morning": shift["starts"].hour < 12}
