# SDK: wmill 1.850.0 client.py task_script/task_flow wrappers made once at module level dispatch by path; the guide's recommended form.
from wmill import task_flow, task_script, workflow

copy_table = task_script("f/etl/copy_table", timeout=1800)
refresh_dashboards = task_flow("f/bi/refresh_all")


@workflow
async def main(schema: str, tables: list[str]):
    copied = []
    for table in tables:
        copied.append(await copy_table(schema=schema, table=table))
    refreshed = await refresh_dashboards(schema=schema)
    return {"copied": copied, "dashboards": refreshed}
