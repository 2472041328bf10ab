# SDK: wmill 1.850.0 the body replays each round; duckdb reading s3:// parquet through httpfs is network I/O in the body (duckdb.sql builds a lazy relation on the default connection; fetchall runs it)
import duckdb
from wmill import task, workflow

BUCKET = "s3://clickstream-lake/events"


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
    query = f"""
        SELECT event AS step, count(DISTINCT user_id) AS users
        FROM read_parquet('{BUCKET}/day={day}/*.parquet')
        WHERE event IN ({", ".join(f"'{s}'" for s in steps)})
        GROUP BY 1
    """
    result = duckdb.sql(query).fetchall()  # expect: WAC101
    rows = [{"step": s, "users": int(u)} for s, u in result]
    rows.sort(key=lambda r: steps.index(r["step"]))
    written = await write_funnel(day, rows)
    return {"day": day, "steps": written}
