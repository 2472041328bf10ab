# SDK: DucklakeClient.upsert_partition builds its SQL and returns a query object; nothing is sent until .fetch(), which here runs inside a task
from wmill import ducklake, task, workflow

lake = ducklake("warehouse")


def merge_query(day: str):
    # Pure: builds the statement, sends nothing.
    return lake.upsert_partition(
        "orders",
        "SELECT id, customer_id, total_cents FROM dl.staging_orders",
        partition=day,
        unique_key="id",
        schema="sales",
    )


@task(timeout=900)
async def merge_day(day: str) -> dict:
    rows = merge_query(day).fetch()
    return {"rows": rows}


@task()
async def count_day(day: str) -> int:
    return lake.query(
        "SELECT count(*) FROM dl.sales.orders WHERE _wm_partition = $day", day=day
    ).fetch_one_scalar()


@workflow
async def main(days: list[str]):
    statements = [merge_query(d).sql for d in days]
    print(f"{len(statements)} partition merges planned")

    merged = []
    for day in days:
        merged.append(await merge_day(day=day))
    counts = [await count_day(day=d) for d in days]
    return {"merged": merged, "counts": counts}
