# Process every item three at a time.
from wmill import task, parallel, workflow


@task()
async def process(item: str) -> str:
    return item.upper()


@workflow
async def main(items: list[str]):
    tasks = [process(i) for i in items]
    return await parallel(tasks, concurrency=3)  # expect: WAC301
