# SDK: wmill 1.850.0 client.py: the body replays from the top; `Moment.fromisoformat(since)` parses the workflow input, the same value on every replay.
from datetime import datetime

from wmill import task, workflow


class Moment(datetime):
    def day_key(self) -> str:
        return self.strftime("%Y-%m-%d")


@task()
async def purge_before(day: str) -> int:
    return len(day)


@workflow
async def main(since: str):
    cutoff = Moment.fromisoformat(since).day_key()
    return await purge_before(cutoff)
