# SDK: wmill 1.850.0 client.py step keys come from the name; a method that forwards its function to step() leaves the function to run inside the step.
from datetime import datetime, timezone

from wmill import step, task, workflow


class Checkpoints:
    def __init__(self, prefix: str) -> None:
        self.prefix = prefix

    async def save(self, label: str, fn):
        return await step(label, fn)


@task()
async def export(stamp: str, table: str) -> str:
    return table


@workflow
async def main(table: str):
    ck = Checkpoints("etl")
    stamp = await ck.save("started", lambda: datetime.now(timezone.utc).isoformat())
    return await export(stamp, table)
