# Nightly data quality checks: the same check task runs against several
# tables, one after the other (step keys run_check, run_check_2, run_check_3).
from wmill import task, workflow
import wmill


@task(timeout=600, tag="dq")
async def run_check(table: str, rule: str) -> dict:
    import psycopg2

    dsn = wmill.get_resource("f/warehouse/analytics_db")
    conn = psycopg2.connect(**dsn)
    with conn.cursor() as cur:
        cur.execute(f"SELECT count(*) FROM {table} WHERE NOT ({rule})")
        failures = cur.fetchone()[0]
    return {"table": table, "rule": rule, "failures": failures}


@task()
async def publish_report(results: list, channel: str):
    import requests

    lines = [f"{r['table']}: {r['failures']} rows violate `{r['rule']}`" for r in results]
    requests.post(f"https://hooks.slack.example/{channel}", json={"text": "\n".join(lines)}, timeout=10)


@workflow
async def main(channel: str = "data-quality"):
    orders = await run_check("orders", "total_cents >= 0")
    customers = await run_check("customers", "email IS NOT NULL")
    events = await run_check("events", "occurred_at <= now()")
    results = [orders, customers, events]
    failing = [r for r in results if r["failures"] > 0]
    if failing:
        await publish_report(failing, channel)
    return {"failing_tables": [r["table"] for r in failing]}
