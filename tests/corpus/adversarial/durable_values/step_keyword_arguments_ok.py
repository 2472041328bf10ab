# SDK: wmill 1.850.0 client.py step(name, fn): both parameters can be passed by keyword; a literal name is stable.
from wmill import step, task, workflow


@task()
async def save(n: int) -> int:
    return n


@workflow
async def main(items: list[str]):
    n = await step(name="count_items", fn=lambda: len(items))
    return await save(n)
