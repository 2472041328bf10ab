# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; a psycopg connection used in the body (not in a task or step) runs its statement again each round.
from typing import TypedDict

import psycopg
from wmill import task, workflow

ROLLUP_TABLES = ("orders_daily", "refunds_daily", "signups_daily")


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
        cur = conn.execute(f"call refresh_{table}(%s)", (day,))
        return cur.rowcount


@workflow
async def main(db: postgresql, day: str, tables: list[str] = list(ROLLUP_TABLES), vacuum: bool = True):
    conninfo = dsn(db)
    counts = {}
    for table in tables:
        counts[table] = await rollup(conninfo, table, day)
    if vacuum:
        psycopg.connect(conninfo, autocommit=True).execute("vacuum analyze")  # expect: WAC101
    return counts
