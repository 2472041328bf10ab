# SDK: wmill 1.850.0 client.py _next_step: an ISO string argument survives the JSON encoding as itself.
from datetime import datetime, timedelta

from wmill import task, workflow


@task()
async def purge_before(cutoff: str) -> int:
    return len(datetime.fromisoformat(cutoff).isoformat())


@workflow
async def main(since: str, days: int = 30):
    cutoff = datetime.fromisoformat(since) - timedelta(days=days)
    return await purge_before(cutoff.isoformat())
