# SDK: wmill 1.850.0 client.py task(): the ODBC query runs once in the task's job.
import pyodbc

from wmill import task, workflow


@task()
async def count_rows(dsn: str, table: str) -> int:
    with pyodbc.connect(dsn) as conn:
        return conn.cursor().execute(f"select count(*) from {table}").fetchone()[0]


@workflow
async def main(dsn: str, table: str):
    n = await count_rows(dsn, table)
    return {"table": table, "rows": n}
