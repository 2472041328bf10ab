# SDK: wmill 1.850.0 client.py: .sdk re-exports wmill's workflow and step; the clock is read inside a step, so it is checkpointed.
from datetime import datetime

from .sdk import step, workflow


@workflow
async def main(batch: str):
    started = await step("started", lambda: datetime.now().isoformat())
    return {"started": started, "size": len(batch)}
