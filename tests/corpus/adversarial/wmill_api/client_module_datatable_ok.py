# SDK: wmill 1.850.0 client.py wmill.client.Windmill() and .datatable() build clients at load (no request); the query runs inside a task.
from wmill import task, workflow
from wmill.client import Windmill

DB = Windmill().datatable("main")


@task()
async def count_rows(table: str) -> int:
    return DB.query(f"SELECT count(*) AS n FROM {table}").fetch_one()["n"]


@workflow
async def main(table: str):
    return await count_rows(table)
