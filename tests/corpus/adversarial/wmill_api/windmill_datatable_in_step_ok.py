# SDK: wmill 1.850.0 client.py Windmill() and .datatable() build clients; fetch_one() runs the query, here once inside step().
from wmill import Windmill, step, task, workflow


@task()
async def bill(account_id: str, plan: str) -> str:
    return plan


@workflow
async def main(account_id: str):
    client = Windmill()
    db = client.datatable("billing")
    query = db.query("SELECT plan FROM accounts WHERE id = $1", account_id)
    row = await step("plan", lambda: query.fetch_one())
    return await bill(account_id, row["plan"])
