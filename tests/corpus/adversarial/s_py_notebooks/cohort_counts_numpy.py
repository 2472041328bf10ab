# SDK: wmill 1.850.0 a task result crosses JSON (json.dumps(default=str)): numpy.int64 is not an int subclass, so a pandas integer sum comes back as the string "1234"
import pandas as pd
from wmill import task, workflow


@task(timeout=1200)
async def cohort_stats(cohort_month: str) -> dict:
    import sqlalchemy as sa

    engine = sa.create_engine("postgresql+psycopg://analyst@warehouse.internal/product")
    with engine.connect() as conn:
        df = pd.read_sql(
            sa.text("SELECT user_id, active_days, sessions FROM cohort_activity WHERE cohort = :c"),
            conn,
            params={"c": cohort_month},
        )
    return {
        "cohort": cohort_month,
        "users": len(df),
        "sessions": df["sessions"].sum(),  # expect: WAC107
        "avg_active_days": round(float(df["active_days"].mean()), 2),
    }


@task()
async def store_kpis(rows: list[dict]) -> None:
    import requests

    requests.post("https://kpi.example.com/api/cohorts", json=rows, timeout=30).raise_for_status()


@workflow
async def main(cohorts: list[str]):
    stats = [await cohort_stats(c) for c in cohorts]
    for s in stats:
        s["sessions_per_user"] = s["sessions"] / max(s["users"], 1)
    await store_kpis(stats)
    return stats
