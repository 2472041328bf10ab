# Check that the checkpointed timestamp is a string.
from datetime import datetime

from wmill import step, workflow


@workflow
async def main():
    stamp = await step("stamp", lambda: datetime.now().isoformat())
    if isinstance(stamp, str):
        return stamp[:4]
    return stamp
