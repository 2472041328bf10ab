# SDK: wmill 1.850.0 client.py: arrow.get of an input string reads no clock; the window is the same in every round.
import arrow
from wmill import task, workflow


@task()
async def export_window(start: str, end: str) -> int:
    return 0


@workflow
async def main(until: str, days: int = 7):
    end = arrow.get(until).floor("day")
    start = end.shift(days=-days)
    return await export_window(start.isoformat(), end.isoformat())
