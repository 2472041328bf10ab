# SDK: wmill 1.850.0 client.py task_script: `_next_step(name, path, dispatch_type="script", **kwargs)` sends the arguments as the other script's job args, encoded as JSON (`default=str`): a datetime arrives as `str(dt)`.
from datetime import date, timedelta

from wmill import task_script, workflow

archive = task_script("f/storage/archive_before")


@workflow
async def main(day: str, keep_days: int = 90):
    cutoff = date.fromisoformat(day) - timedelta(days=keep_days)
    return await archive(cutoff=cutoff)  # expect: WAC107
