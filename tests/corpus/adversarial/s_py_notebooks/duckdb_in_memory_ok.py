# SDK: wmill 1.850.0 task results replay from the checkpoint; an in-memory duckdb connection over a DataFrame built from them reads nothing outside the process
import duckdb
import pandas as pd
from wmill import task, workflow


@task(timeout=900)
async def load_events(day: str) -> list[dict]:
    import boto3
    import pyarrow.parquet as pq

    s3 = boto3.client("s3")
    obj = s3.get_object(Bucket="clickstream-lake", Key=f"events/day={day}/part-0.parquet")
    table = pq.read_table(obj["Body"])
    return table.select(["user_id", "event"]).to_pylist()


@task()
async def write_funnel(day: str, rows: list[dict]) -> int:
    import psycopg

    with psycopg.connect("postgresql://analyst@warehouse.internal/product") as conn:
        with conn.cursor() as cur:
            cur.executemany(
                "INSERT INTO funnel_daily (day, step, users) VALUES (%s, %s, %s)",
                [(day, r["step"], r["users"]) for r in rows],
            )
    return len(rows)


@workflow
async def main(day: str, steps: list[str] | None = None):
    steps = steps or ["visit", "signup", "activate", "subscribe"]
    events = pd.DataFrame(await load_events(day))
    con = duckdb.connect(":memory:")
    con.register("events", events)
    result = con.execute(
        "SELECT event AS step, count(DISTINCT user_id) AS users FROM events WHERE event IN (SELECT unnest(?)) GROUP BY 1",
        [steps],
    ).fetchall()
    con.close()
    rows = sorted(({"step": s, "users": int(u)} for s, u in result), key=lambda r: steps.index(r["step"]))
    written = await write_funnel(day, rows)
    return {"day": day, "steps": written}
