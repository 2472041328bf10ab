# SDK: wmill 1.850.0 client.py: `account_name` and `username` are not parameters of WorkflowCtx._next_step, so they pass through as the task's keywords.
from wmill import task, task_script, workflow

create_folder = task_script("f/drive/create_folder")


@task(timeout=120)
async def create_account(account_name: str, username: str) -> dict:
    return {"name": account_name, "user": username, "id": "acc_1"}


@workflow
async def main(name: str, username: str):
    account = await create_account(name, username)
    folder = await create_folder(folder_name=name, owner=username)
    return {"account_id": account["id"], "folder": folder}
