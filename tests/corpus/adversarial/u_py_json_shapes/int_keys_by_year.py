# SDK: wmill 1.850.0 task results go through json.dumps, which writes int dict keys as strings; revenue[year] with an int year then raises KeyError on the returned dict
from wmill import task, workflow


@task()
async def revenue_by_year(account_id: str) -> dict[int, float]:
    import psycopg

    with psycopg.connect("postgresql://finance@db/ledger") as conn:
        rows = conn.execute(
            "select extract(year from booked_at)::int as y, sum(amount) from revenue where account_id = %s group by 1",
            (account_id,),
        ).fetchall()
    return {int(y): float(total) for y, total in rows}  # expect: WAC107


@task()
async def update_forecast(account_id: str, growth: float) -> None:
    import requests

    requests.post("https://planning.internal/api/forecast", json={"account": account_id, "growth": growth}, timeout=10)


@workflow
async def main(account_id: str, year: int):
    revenue = await revenue_by_year(account_id)
    this_year = revenue[year]
    last_year = revenue.get(year - 1, 0.0)
    growth = (this_year - last_year) / last_year if last_year else 0.0
    await update_forecast(account_id, growth)
    return {"growth": growth}
