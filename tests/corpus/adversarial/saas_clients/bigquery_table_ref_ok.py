# SDK: wmill 1.850.0 client.py: the body re-runs every round; `TableReference.from_string` parses a table id locally, and the insert runs in a task.
from google.cloud import bigquery

from wmill import task, workflow

bq = bigquery.Client()


@task()
async def insert_rows(table_id: str, rows: list[dict]) -> int:
    errors = bq.insert_rows_json(bigquery.TableReference.from_string(table_id), rows)
    return len(errors)


@workflow
async def main(project: str, dataset: str, rows: list[dict]):
    ref = bigquery.TableReference.from_string(f"{project}.{dataset}.events")
    failed = await insert_rows(str(ref), rows)
    return {"table": ref.table_id, "failed": failed}
