# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a SQLAlchemy `select` compiled to a string with literal binds touches no database; the task runs it.
import sqlalchemy as sa
from wmill import task, workflow

metadata = sa.MetaData()
orders = sa.Table("orders", metadata, sa.Column("id", sa.Integer), sa.Column("region", sa.String))


@task()
async def run_sql(sql: str) -> int:
    return 0


@workflow
async def main(region: str):
    stmt = sa.select(orders.c.id).where(orders.c.region == region)
    sql = str(stmt.compile(compile_kwargs={"literal_binds": True}))
    return await run_sql(sql)
