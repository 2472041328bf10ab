# SDK: wmill 1.850.0 client.py workflow(): a database write through a SQLAlchemy connection in the body runs again on each replay.
from sqlalchemy import create_engine, text

from wmill import task, workflow

engine = create_engine("postgresql+psycopg://etl@db/warehouse")
conn = engine.connect()


@task()
async def extract(day: str) -> list:
    return [{"day": day, "n": 1}]


@workflow
async def main(day: str):
    rows = await extract(day)
    conn.execute(text("insert into daily(day, n) values (:day, :n)"), rows)  # expect: WAC101
    return len(rows)
