# SDK: wmill 1.850.0 client.py: the body re-runs on replay; the generator reads `date.today()` when iterated in the body, so the days (and the task arguments) change when a replay crosses midnight.
from collections.abc import Iterator
from datetime import date, timedelta

from wmill import task, workflow


def last_days(n: int) -> Iterator[str]:
    today = date.today()
    for i in range(n):
        yield (today - timedelta(days=i)).isoformat()


@task()
async def rollup(day: str) -> int:
    return 1


@workflow
async def main(days: int = 7):
    total = 0
    for day in last_days(days):  # expect: WAC102
        total += await rollup(day)
    return total
