# SDK: wmill 1.850.0 client.py: the body re-runs on every replay; an in-memory SQLite database fed only from a task's checkpointed rows gives the same answer every round and touches no file.
import sqlite3

from wmill import task, workflow


@task()
async def export_rows(table: str) -> list[list]:
    return [["eu", 10], ["us", 32], ["eu", 5]]


@workflow
async def main(table: str):
    rows = await export_rows(table)
    db = sqlite3.connect(":memory:")
    db.execute("create table t (region text, n integer)")
    db.executemany("insert into t values (?, ?)", rows)
    totals = db.execute("select region, sum(n) from t group by region order by region").fetchall()
    db.close()
    return {region: n for region, n in totals}
