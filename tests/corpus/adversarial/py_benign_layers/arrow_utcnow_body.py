# SDK: wmill 1.850.0 client.py workflow(): arrow.utcnow() reads the clock in every round, so the window the task gets moves between replays.
import arrow
from wmill import task, workflow


@task()
async def export_window(start: str, end: str) -> int:
    return 0


@workflow
async def main(days: int = 7):
    end = arrow.utcnow().floor("day")  # expect: WAC102
    start = end.shift(days=-days)
    return await export_window(start.isoformat(), end.isoformat())
