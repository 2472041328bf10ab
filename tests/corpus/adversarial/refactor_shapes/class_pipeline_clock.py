# SDK: wmill 1.850.0 client.py replays the body; a pipeline method the body awaits reads the clock for the load's partition, which moves between replays.
from datetime import datetime, timezone

from wmill import task, workflow


@task()
async def extract(source: str) -> list:
    return [1, 2, 3]


@task()
async def load(rows: list, partition: str) -> int:
    return len(rows)


class Pipeline:
    def __init__(self, source: str) -> None:
        self.source = source

    async def run(self) -> int:
        rows = await extract(self.source)
        return await self.finish(rows)

    async def finish(self, rows: list) -> int:
        partition = datetime.now(timezone.utc).strftime("%Y%m%d%H")
        return await load(rows, partition)


@workflow
async def main(source: str):
    return await Pipeline(source).run()  # expect: WAC102
