# SDK: wmill 1.850.0: the body re-runs each round; a default filled from the clock differs between rounds around midnight
"""Ported from an Airflow DAG that used {{ ds }}; the run date defaults to today when not given."""
from datetime import date, timedelta

from wmill import task, task_script, workflow

extract_partition = task_script("f/warehouse/extract_partition", timeout=1800)


@task()
async def load_partition(table: str, ds: str, rows: int) -> dict:
    import wmill
    import psycopg

    dsn = wmill.get_resource("f/warehouse/pg")
    with psycopg.connect(**dsn) as conn:
        conn.execute("select refresh_partition(%s, %s)", (table, ds))
    return {"table": table, "ds": ds, "rows": rows}


@workflow
async def main(tables: list[str], ds: str = ""):
    if not ds:
        ds = (date.today() - timedelta(days=1)).isoformat()  # expect: WAC102
    loaded = []
    for table in tables:
        extracted = await extract_partition(table=table, ds=ds)
        loaded.append(await load_partition(table, ds, extracted["rows"]))
    return {"ds": ds, "loaded": loaded}
