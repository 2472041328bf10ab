# SDK: wmill 1.850.0 client.py datatable() and .query() only build a SqlQuery; .fetch() runs it as an inline SQL job (run_inline_script_preview).
import wmill
from wmill import task, workflow


@task()
async def score(customer_ids: list) -> dict:
    return {"scored": len(customer_ids)}


@workflow
async def main(region: str):
    db = wmill.datatable()
    query = db.query("SELECT id FROM customers WHERE region = $1", region)
    rows = query.fetch()  # expect: WAC101
    return await score([r["id"] for r in rows])
