# SDK: wmill 1.850.0 client.py — the resource input is just a dict; connecting to the database with it from the body is I/O on every replay
from typing import TypedDict

import psycopg
from wmill import task, workflow


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    password: str


@task()
async def vacuum_table(conninfo: str, table: str) -> str:
    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'VACUUM (ANALYZE) "{table}"')
    return table


@workflow
async def main(db: postgresql, schema: str = "public"):
    conninfo = f"host={db['host']} port={db['port']} dbname={db['dbname']} user={db['user']} password={db['password']}"
    tables = [r[0] for r in psycopg.connect(conninfo).execute("select tablename from pg_tables where schemaname = %s", (schema,)).fetchall()]  # expect: WAC101
    done = []
    for table in tables:
        done.append(await vacuum_table(conninfo, table))
    return {"vacuumed": done}
