# SDK: wmill 1.850.0 client.py workflow(): building a SQLAlchemy text() clause and formatting it touches no database; the query runs in a task.
from sqlalchemy import text

from wmill import task, workflow

UPSERT = text("insert into daily(day, n) values (:day, :n) on conflict (day) do update set n = excluded.n")


@task()
async def run_sql(sql: str, params: list) -> int:
    return len(params)


@workflow
async def main(day: str, n: int):
    statement = str(UPSERT)
    params = [{"day": day, "n": n}]
    return await run_sql(statement, params)
