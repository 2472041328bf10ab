# SDK: wmill 1.850.0 client.py: each stage is awaited before the next (keys in tuple order every round), whatever parameters each stage takes.
from wmill import task, workflow


@task()
async def extract(source: str) -> list[dict]:
    return [{"source": source}]


@task()
async def validate(rows: list[dict]) -> list[dict]:
    return rows


@task()
async def load(rows: list[dict]) -> int:
    return len(rows)


STAGES = (validate, load)


@workflow
async def main(source: str):
    value: object = await extract(source)
    for stage in STAGES:
        value = await stage(value)
    return {"loaded": value}
