# SDK: wmill 1.850.0 client.py tasks may be awaited from any coroutine the body awaits; a pipeline class whose async methods await tasks in a fixed order is deterministic.
from wmill import task, workflow


@task()
async def extract(source: str) -> list:
    return [1, 2, 3]


@task()
async def load(rows: list, table: str) -> int:
    return len(rows)


class Pipeline:
    def __init__(self, source: str, table: str) -> None:
        self.source = source
        self.table = table

    async def run(self) -> int:
        rows = await extract(self.source)
        return await self.finish(rows)

    async def finish(self, rows: list) -> int:
        return await load(rows, self.table)


@workflow
async def main(source: str, table: str):
    return await Pipeline(source, table).run()
