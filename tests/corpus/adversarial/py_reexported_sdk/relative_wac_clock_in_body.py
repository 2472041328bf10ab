# SDK: wmill 1.850.0 client.py: .sdk re-exports wmill's workflow and step; the clock read in the body differs on every replay.
from datetime import datetime

from .sdk import step, workflow


@workflow
async def main(batch: str):
    started = datetime.now().isoformat()  # expect: WAC102
    count = await step("count", lambda: len(batch))
    return {"started": started, "count": count}
