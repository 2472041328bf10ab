# SDK: wmill 1.850.0 client.py: the body re-runs every round; databricks-sql-connector's `sql.connect` opens a session and the helper runs the query each time.
from databricks import sql

from wmill import task, workflow


def latest_batch(host: str, path: str, token: str) -> list:
    with sql.connect(server_hostname=host, http_path=path, access_token=token) as conn:
        with conn.cursor() as cur:
            cur.execute("select id from ingest.batches order by created desc limit 1")
            return cur.fetchall()


@task()
async def reprocess(batch_id: str) -> str:
    return batch_id


@workflow
async def main(host: str, path: str, token: str):
    rows = latest_batch(host, path, token)  # expect: WAC101
    return await reprocess(str(rows[0][0]))
