# SDK: wmill 1.850.0 client.py: a database write in the @workflow body is executed again on each replay round.
import psycopg
from wmill import task, workflow

conn = psycopg.connect("dbname=analytics")


@task()
async def compute_cohorts(month: str) -> list[dict]:
    return [{"cohort": month, "size": 120}]


@workflow
async def main(month: str):
    cohorts = await compute_cohorts(month)
    for c in cohorts:
        conn.execute("INSERT INTO cohorts (month, size) VALUES (%s, %s)", (c["cohort"], c["size"]))  # expect: WAC101
    conn.commit()  # expect: WAC101
    return {"rows": len(cohorts)}
