# SDK: wmill 1.850.0 client.py: each task call returns a coroutine; `d.values()` hands those coroutines to gather, which awaits every one.
import asyncio

from wmill import task, workflow


@task(timeout=300)
async def export_table(schema: str, table: str) -> str:
    return f"s3://exports/{schema}/{table}.parquet"


@workflow
async def main(schema: str, tables: list[str]):
    exports = {table: export_table(schema, table) for table in tables}
    return await asyncio.gather(*exports.values())
