# SDK: wmill 1.850.0 client.py _next_step: task arguments go into the job's args, encoded as JSON: a datetime passed to a task arrives as a string.
from datetime import datetime, timedelta

from wmill import task, workflow


@task()
async def purge_before(cutoff: datetime) -> int:
    return 0


@workflow
async def main(since: str, days: int = 30):
    cutoff = datetime.fromisoformat(since) - timedelta(days=days)
    return await purge_before(cutoff)  # expect: WAC107
