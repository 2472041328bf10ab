# Export every table, then publish in input order.
import asyncio

from wmill import task, workflow


@task()
async def export(table: str) -> str:
    return table


@task()
async def publish(table: str) -> str:
    return f"published {table}"


@workflow
async def main(tables: list[str]):
    exported = await asyncio.gather(*[export(t) for t in tables])
    out = []
    for table in exported:
        out.append(await publish(table))
    return out
