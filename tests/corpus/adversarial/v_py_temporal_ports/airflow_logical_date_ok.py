# SDK: wmill 1.850.0 step() checkpoints the value: every round reads the same date
"""Ported from an Airflow DAG that used {{ ds }}; the default run date is captured once with step()."""
from datetime import date, timedelta

from wmill import step, task, task_script, workflow

extract_partition = task_script("f/warehouse/extract_partition", timeout=1800)


def yesterday() -> str:
    return (date.today() - timedelta(days=1)).isoformat()


@task()
async def load_partition(table: str, ds: str, rows: int) -> dict:
    import psycopg
    import wmill

    dsn = wmill.get_resource("f/warehouse/pg")
    with psycopg.connect(**dsn) as conn:
        conn.execute("select refresh_partition(%s, %s)", (table, ds))
    return {"table": table, "ds": ds, "rows": rows}


@workflow
async def main(tables: list[str], ds: str = ""):
    if not ds:
        ds = await step("default_ds", yesterday)
    loaded = []
    for table in tables:
        extracted = await extract_partition(table=table, ds=ds)
        loaded.append(await load_partition(table, ds, extracted["rows"]))
    return {"ds": ds, "loaded": loaded}
