# SDK: wmill 1.850.0 client.py task wrapper: `ctx._next_step(task_name, script, func, **merged)` with merged = {"name": ...} -> TypeError "got multiple values for argument 'name'" (run against _run_workflow_async).
from wmill import task, workflow


@task(timeout=120)
async def create_account(name: str, email: str) -> dict:  # expect: WAC301
    return {"name": name, "email": email, "id": "acc_1"}


@workflow
async def main(name: str, email: str):
    account = await create_account(name, email)
    return {"account_id": account["id"]}
