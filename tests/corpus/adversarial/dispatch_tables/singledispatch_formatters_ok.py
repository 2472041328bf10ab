# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; every implementation registered with `singledispatch` only builds a string.
from functools import singledispatch

from wmill import task, workflow


@singledispatch
def describe(value: object) -> str:
    return str(value)


@describe.register
def _(value: int) -> str:
    return f"{value:,}"


@describe.register
def _(value: list) -> str:
    return ", ".join(describe(v) for v in value)


@task()
async def count_orders(region: str) -> int:
    return 48210


@task()
async def post_summary(text: str) -> bool:
    return True


@workflow
async def main(region: str):
    orders = await count_orders(region)
    return await post_summary(f"{region}: {describe(orders)} orders")
