# SDK: wmill 1.850.0 client.py Windmill().datatable(name) returns a DataTableClient (no request); query(...).fetch_one() runs the SQL as an inline job.
from wmill import Windmill, task, workflow


@task()
async def bill(account_id: str, plan: str) -> str:
    return plan


@workflow
async def main(account_id: str):
    client = Windmill()
    db = client.datatable("billing")
    row = db.query("SELECT plan FROM accounts WHERE id = $1", account_id).fetch_one()  # expect: WAC101
    return await bill(account_id, row["plan"])
