# SDK: wmill 1.850.0 client.py: the body replays from the top; `Moment` subclasses `datetime`, so `Moment.now()` reads the clock again on each replay and the cutoff given to the task moves.
from datetime import datetime, timedelta

from wmill import task, workflow


class Moment(datetime):
    def day_key(self) -> str:
        return self.strftime("%Y-%m-%d")


@task()
async def purge_before(day: str) -> int:
    return len(day)


@workflow
async def main(keep_days: int = 30):
    cutoff = (Moment.now() - timedelta(days=keep_days)).strftime("%Y-%m-%d")  # expect: WAC102
    return await purge_before(cutoff)
