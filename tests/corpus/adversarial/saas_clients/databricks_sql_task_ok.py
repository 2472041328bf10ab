# SDK: wmill 1.850.0 client.py: a task runs once as its own job; the databricks session is opened there, not in the replayed body.
from databricks import sql

from wmill import task, workflow


@task()
async def latest_batch(host: str, path: str, token: str) -> str:
    with sql.connect(server_hostname=host, http_path=path, access_token=token) as conn:
        with conn.cursor() as cur:
            cur.execute("select id from ingest.batches order by created desc limit 1")
            return str(cur.fetchall()[0][0])


@task()
async def reprocess(batch_id: str) -> str:
    return batch_id


@workflow
async def main(host: str, path: str, token: str):
    batch = await latest_batch(host, path, token)
    return await reprocess(batch)
