# SDK: wmill 1.850.0 client.py: each round of a workflow is a new job that imports the script again, so the class body at module level runs every round; `Batch.started` is a new clock read each time and goes to the task.
from datetime import datetime, timezone

from wmill import task, workflow


class Batch:
    started = datetime.now(timezone.utc).isoformat()
    size = 500


@task()
async def export(since: str, size: int) -> int:
    return size


@workflow
async def main():
    count = await export(Batch.started, Batch.size)  # expect: WAC102
    return {"since": Batch.started, "count": count}
