# SDK: wmill 1.850.0 client.py: psycopg.sql.SQL / Identifier only compose a query object in memory; the query runs in the task.
from psycopg import sql

from wmill import task, workflow


@task()
async def run_query(query: str, limit: int) -> int:
    return limit


@workflow
async def main(table: str, limit: int = 100):
    query = sql.SQL("select * from {} limit %s").format(sql.Identifier(table))
    return await run_query(query.as_string(None), limit)
