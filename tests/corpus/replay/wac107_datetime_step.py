# Record when the run started.
from datetime import datetime, timezone

from wmill import task, step, workflow


@task()
async def report(started: str) -> str:
    return started


@workflow
async def main():
    started = await step("started", lambda: datetime.now(timezone.utc))  # expect: WAC107
    return await report(started)
