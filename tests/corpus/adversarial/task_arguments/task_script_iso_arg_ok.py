# SDK: wmill 1.850.0 client.py task_script: the arguments are the other script's job args (JSON); an ISO string crosses unchanged.
from datetime import date, timedelta

from wmill import task_script, workflow

archive = task_script("f/storage/archive_before")


@workflow
async def main(day: str, keep_days: int = 90):
    cutoff = date.fromisoformat(day) - timedelta(days=keep_days)
    return await archive(cutoff=cutoff.isoformat())
