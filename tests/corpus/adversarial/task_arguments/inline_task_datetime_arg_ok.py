# SDK: wmill 1.850.0 client.py _next_step / _execute_directly: a task of the file runs in a child job that replays the body and calls the function with the arguments the replay computed (`func(**kwargs)`), so a datetime argument arrives as a datetime.
from datetime import datetime, timedelta

from wmill import task, workflow


@task()
async def purge_before(cutoff: datetime) -> int:
    return cutoff.year


@workflow
async def main(since: str, days: int = 30):
    cutoff = datetime.fromisoformat(since) - timedelta(days=days)
    return await purge_before(cutoff)
