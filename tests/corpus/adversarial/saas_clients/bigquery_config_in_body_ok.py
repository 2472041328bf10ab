# SDK: wmill 1.850.0 client.py: the body re-runs every round; building a `QueryJobConfig` and its parameters is local, the query runs in a task.
from google.cloud import bigquery

from wmill import task, workflow

bq = bigquery.Client(project="analytics-prod")


@task()
async def run_query(sql: str, day: str) -> list[dict]:
    config = bigquery.QueryJobConfig(query_parameters=[bigquery.ScalarQueryParameter("day", "DATE", day)])
    return [dict(r) for r in bq.query(sql, job_config=config).result()]


@workflow
async def main(day: str):
    sql = "select region, sum(amount) as total from sales.daily where day = @day group by region"
    params = [bigquery.ScalarQueryParameter("day", "DATE", day)]
    rows = await run_query(sql, day)
    return {"rows": rows, "params": len(params)}
