# SDK: wmill 1.850.0 client.py task_script(path) keys by the path's last segment; created inline it still dispatches, against the guide's top-level rule.
from wmill import task, task_script, workflow


@task()
async def list_tables(schema: str) -> list[str]:
    return ["users", "orders"]


@workflow
async def main(schema: str):
    tables = await list_tables(schema)
    copied = []
    for table in tables:
        copied.append(await task_script("f/etl/copy_table", timeout=1800)(schema=schema, table=table))  # expect: WAC003
    return copied
