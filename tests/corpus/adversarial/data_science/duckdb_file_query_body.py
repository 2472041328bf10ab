# SDK: wmill 1.850.0 client.py replays the body; duckdb.connect(path) opens a database file and the query reads it on every replay.
import duckdb
from wmill import task, workflow


@task()
async def notify(owner: str, count: int) -> bool:
    return True


@workflow
async def main(owner: str):
    con = duckdb.connect("/tmp/warehouse.duckdb")
    stale = con.execute("SELECT count(*) FROM tables WHERE owner = ?", [owner]).fetchone()[0]  # expect: WAC101
    return await notify(owner, stale)
