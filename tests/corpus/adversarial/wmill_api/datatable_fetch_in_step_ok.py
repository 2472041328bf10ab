# SDK: wmill 1.850.0 client.py datatable() / query() build objects without I/O; SqlQuery.fetch runs the query, here once inside step().
import wmill
from wmill import step, task, workflow


@task()
async def score(customer_ids: list) -> dict:
    return {"scored": len(customer_ids)}


@workflow
async def main(region: str):
    db = wmill.datatable("analytics")
    query = db.query("SELECT id FROM customers WHERE region = $1", region)
    rows = await step("customers", query.fetch)
    return await score([r["id"] for r in rows])
