# Record when the run started, as an ISO string.
from datetime import datetime, timezone

from wmill import task, step, workflow


@task()
async def report(started: str) -> str:
    return started


@workflow
async def main():
    started = await step("started", lambda: datetime.now(timezone.utc).isoformat())
    return await report(started)
