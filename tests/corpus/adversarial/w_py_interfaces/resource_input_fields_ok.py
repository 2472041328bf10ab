# SDK: wmill 1.850.0 client.py — resource-typed main parameters arrive resolved in input_args (func(**input_args) in _run_workflow_async): reading their fields in the body is reading the input
from typing import TypedDict

from wmill import task, workflow


class postgresql(TypedDict):
    host: str
    port: int
    user: str
    dbname: str
    password: str
    sslmode: str


class slack(TypedDict):
    token: str


@task()
async def vacuum_table(conninfo: str, table: str) -> str:
    import psycopg

    with psycopg.connect(conninfo, autocommit=True) as conn:
        conn.execute(f'VACUUM (ANALYZE) "{table}"')
    return table


@task()
async def report(token: str, channel: str, tables: list[str]) -> None:
    from slack_sdk import WebClient

    WebClient(token=token).chat_postMessage(channel=channel, text=f"vacuumed {', '.join(tables)}")


@workflow
async def main(db: postgresql, chat: slack, tables: list[str], channel: str = "#dba"):
    conninfo = f"host={db['host']} port={db.get('port', 5432)} dbname={db['dbname']} user={db['user']} password={db['password']} sslmode={db.get('sslmode', 'require')}"
    done = []
    for table in sorted(tables):
        done.append(await vacuum_table(conninfo, table))
    await report(chat["token"], channel, done)
    return {"host": db["host"], "vacuumed": done}
