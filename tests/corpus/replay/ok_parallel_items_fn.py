# Process every item three at a time.
from wmill import task, parallel, workflow


@task()
async def process(item: str) -> str:
    return item.upper()


@workflow
async def main(items: list[str]):
    return await parallel(items, process, concurrency=3)
