# SDK: wmill 1.850.0 client.py: a task runs as its own job and its result is replayed from the checkpoint; every database statement here runs inside a task.
from typing import TypedDict

import psycopg
from wmill import task, workflow

ROLLUP_TABLES = ["orders_daily", "refunds_daily", "signups_daily"]


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    sslmode: str
    password: str


def dsn(db: postgresql) -> str:
    return f"host={db['host']} port={db['port']} dbname={db['dbname']} user={db['user']} password={db['password']} sslmode={db['sslmode']}"


@task(timeout=1800, tag="db")
async def rollup(conninfo: str, table: str, day: str) -> int:
    with psycopg.connect(conninfo) as conn:
        return conn.execute(f"call refresh_{table}(%s)", (day,)).rowcount


@task(timeout=600, tag="db")
async def vacuum(conninfo: str) -> bool:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute("vacuum analyze")
    return True


@workflow
async def main(db: postgresql, day: str, tables: list[str] = ROLLUP_TABLES, run_vacuum: bool = True):
    conninfo = dsn(db)
    counts = {table: await rollup(conninfo, table, day) for table in tables}
    if run_vacuum:
        await vacuum(conninfo)
    return counts
