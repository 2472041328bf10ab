# SDK: wmill 1.850.0 client.py a @task runs once as its own job; the duckdb file is opened and queried there, and the body only awaits the count.
import duckdb
from wmill import task, workflow


@task()
async def count_stale(owner: str) -> int:
    con = duckdb.connect("/tmp/warehouse.duckdb")
    return int(con.execute("SELECT count(*) FROM tables WHERE owner = ?", [owner]).fetchone()[0])


@task()
async def notify(owner: str, count: int) -> bool:
    return True


@workflow
async def main(owner: str):
    stale = await count_stale(owner)
    return await notify(owner, stale)
