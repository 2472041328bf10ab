# SDK: wmill 1.850.0 client.py: the workflow body re-runs every round; google-cloud-bigquery's `Client.query(...).result()` sends a query job over HTTP each time.
from google.cloud import bigquery

from wmill import task, workflow

bq = bigquery.Client(project="analytics-prod")


@task()
async def publish_summary(rows: list[dict]) -> int:
    return len(rows)


@workflow
async def main(day: str):
    sql = f"select region, sum(amount) as total from sales.daily where day = '{day}' group by region"
    rows = [dict(r) for r in bq.query(sql).result()]  # expect: WAC101
    return await publish_summary(rows)
