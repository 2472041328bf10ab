# Post-process whichever export finishes first.
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
    out = []
    for done in asyncio.as_completed([export(t) for t in tables]):  # expect: WAC105
        table = await done
        out.append(await publish(table))
    return out
