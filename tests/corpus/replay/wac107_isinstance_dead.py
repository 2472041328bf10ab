# Branch on the type of a checkpointed timestamp.
from datetime import datetime

from wmill import step, workflow


@workflow
async def main():
    stamp = await step("stamp", lambda: datetime.now().isoformat())
    if isinstance(stamp, datetime):  # expect: WAC107
        return stamp.year
    return stamp
